// PageCache<Row>: the memory of a paged item model. Rows are read from the database a page at a
// time when a view asks for them, and only the most recently used pages are kept, so a model
// over a million leads holds a few hundred rows.
#pragma once

#include "result.h"

#include <QString>

#include <list>
#include <optional>
#include <unordered_map>
#include <vector>

namespace bantam {

template <typename Row>
class PageCache
{
public:
    PageCache(int pageSize, int maxPages)
        : m_pageSize(pageSize)
        , m_maxPages(maxPages)
    { }

    int pageSize() const { return m_pageSize; }

    // The rows of page `number`, read with load(offset, limit) -> Result<std::vector<Row>>
    // if it is not cached; nullptr when it could not be read (the message in *error).
    template <typename Load>
    const std::vector<Row> *page(qint64 number, Load &&load, QString *error = nullptr)
    {
        auto it = m_pages.find(number);
        if (it == m_pages.end()) {
            auto rows = load(number * m_pageSize, m_pageSize);
            if (!rows) {
                if (error)
                    *error = rows.error().message;
                return nullptr;
            }
            if (int(m_pages.size()) >= m_maxPages) {
                m_pages.erase(m_lru.back());
                m_lru.pop_back();
            }
            it = m_pages.emplace(number, std::move(rows).value()).first;
            m_lru.push_front(number);
        } else if (m_lru.front() != number) {
            m_lru.remove(number);
            m_lru.push_front(number);
        }
        return &it->second;
    }

    // The row at index (see page()); also nullptr when its page is shorter than expected (the
    // list shrank since it was counted).
    template <typename Load>
    const Row *row(qint64 index, Load &&load, QString *error = nullptr)
    {
        if (index < 0)
            return nullptr;
        const std::vector<Row> *rows = page(index / m_pageSize, load, error);
        const size_t offset = size_t(index % m_pageSize);
        return rows && offset < rows->size() ? &(*rows)[offset] : nullptr;
    }

    // The index of the first cached row for which matches(row) is true; nothing if none is.
    template <typename Predicate>
    std::optional<qint64> find(Predicate &&matches) const
    {
        for (const auto &[number, rows] : m_pages) {
            for (size_t i = 0; i < rows.size(); ++i) {
                if (matches(rows[i]))
                    return number * m_pageSize + qint64(i);
            }
        }
        return std::nullopt;
    }

    // How many rows are held in memory right now (for tests and benchmarks).
    int cachedRowCount() const
    {
        int n = 0;
        for (const auto &[number, rows] : m_pages)
            n += int(rows.size());
        return n;
    }

    void clear()
    {
        m_pages.clear();
        m_lru.clear();
    }

private:
    int m_pageSize;
    int m_maxPages;
    std::unordered_map<qint64, std::vector<Row>> m_pages; // page number -> rows
    std::list<qint64> m_lru; // page numbers, most recently used first
};

} // namespace bantam
