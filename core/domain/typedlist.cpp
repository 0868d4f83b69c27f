// Splitting typed lists: one rule for the dialogs and the CLI.
#include "domain/typedlist.h"

#include <QRegularExpression>

namespace bantam {

QStringList splitTypedList(const QString &text, ListItems items)
{
    static const QRegularExpression codes(QStringLiteral("[,;\\s]+"));
    static const QRegularExpression names(QStringLiteral("[,;]"));
    QStringList out;
    for (const QString &part : text.split(items == ListItems::Codes ? codes : names)) {
        if (const QString item = part.trimmed(); !item.isEmpty())
            out << item;
    }
    return out;
}

} // namespace bantam
