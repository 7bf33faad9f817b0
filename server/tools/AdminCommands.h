#pragma once

#include <QString>

namespace clm::server::tools {

// The operator's subcommands; each returns the process exit status and
// prints a one-line reason on failure.
int migrate(const QString& databaseUrl);
// migrate, then the tables distributed over a Citus cluster (refused without
// Citus); lists how each table is placed.
int distribute(const QString& databaseUrl);
int keygen(const QString& keyDir);
// Reads the owner's password from the first line of standard input.
int createOrganization(const QString& databaseUrl, const QString& name, const QString& ownerEmail);
int verifyAudit(const QString& databaseUrl);
// An online copy of a SQLite database into `file` (0600, replaced
// atomically), consistent as of one moment while servers keep writing.
int backup(const QString& databaseUrl, const QString& file);

} // namespace clm::server::tools
