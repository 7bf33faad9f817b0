#pragma once

#include <QJsonObject>

namespace clm::json {
class JsonWriter;
}

namespace clm::logging {

// Routes Qt's logging to stderr as one JSON object per line:
// {"ts","level","category","msg"} — or, when the message itself is a JSON
// object (as structured log lines are), its members beside ts/level/category.
// journald and log shippers take such lines as they are. A warning or error
// identical to one written less than 10 s before is left out; the next one
// written carries "repeated": how many were.
void installJsonHandler();

// Writes a structured line at info level in `category`.
void structured(const char* category, const QJsonObject& fields);
// The same for members already written (the writer is taken): for a line
// written on every request, the access log's, without building an object.
void structured(const char* category, json::JsonWriter& fields);

} // namespace clm::logging
