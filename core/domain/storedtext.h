// Text the program writes into the database for people to read later (history notes, inbox
// details, audit reasons): stored as a message code with its parameters and rendered in the
// reader's language when it is read, so a German reader sees German whatever language the
// writer's session had. Text a person typed is stored as typed and rendered unchanged, and so
// is text written by older versions.
#pragma once

#include <QString>
#include <QStringList>

namespace bantam::storedtext {

// The stored form of a known message (see the table in storedtext.cpp) with its parameters.
QString encode(const char *code, const QStringList &args = {});
// In the current language; plain text as it is. An unknown code shows its code and parameters.
QString render(const QString &stored);
bool isEncoded(const QString &stored);

} // namespace bantam::storedtext
