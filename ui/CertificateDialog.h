#pragma once

#include "app/CertificateProblem.h"

#include <QDialog>

class QLabel;

namespace clm::ui {

// Explains a server certificate clm-admin did not trust: what TLS said,
// who the certificate names (subject) and who vouches for it (issuer), its
// SHA-256 fingerprint to compare with the server's operator, and its
// validity. "Trust a CA file..." opens the settings' file chooser; nothing
// is ever trusted without a file the admin chose.
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateDialog(const app::CertificateProblem& problem, QWidget* parent = nullptr);

    QString text() const;

signals:
    // The admin wants to add a CA file (and sign in again after).
    void trustRequested();

private:
    QLabel* m_text;
};

} // namespace clm::ui
