// ReasonRepository: the configurable reason lists (disqualify, reject, recycle, lost).
#pragma once

#include "result.h"

#include <QString>

#include <vector>

namespace bantam {

class Database;

struct Reason
{
    QString kind;
    QString code;
    QString labelEn;
    QString labelDe;
    // The label in the current UI language (German when the application's locale is German).
    QString label() const;
};

class ReasonRepository
{
public:
    explicit ReasonRepository(const Database &db)
        : m_db(db)
    { }
    // The active ones (or all, for labelling old records), in order.
    Result<std::vector<Reason>> list(const QString &kind, bool includeInactive = false) const;
    // Finds an active reason by code or by label (either language), case-insensitively.
    Result<Reason> find(const QString &kind, const QString &codeOrLabel) const;
    // Adds an active reason at the end of its list (an import's reason the list did not have,
    // under the file's own text in both languages). The code must be new in the kind.
    Result<void> add(const Reason &reason) const;

private:
    const Database &m_db;
};

} // namespace bantam
