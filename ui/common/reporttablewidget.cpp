#include "common/reporttablewidget.h"

#include <QTableWidget>

namespace bantam {

void fillReportTable(QTableWidget *table, const ReportTable &data)
{
    table->clear();
    table->setColumnCount(int(data.headers.size()));
    table->setRowCount(int(data.rows.size()));
    table->setHorizontalHeaderLabels(data.headers);
    for (int r = 0; r < int(data.rows.size()); ++r) {
        const QVariantList &row = data.rows[r];
        for (int c = 0; c < int(row.size()) && c < int(data.keys.size()); ++c) {
            auto *item = new QTableWidgetItem(data.text(r, c));
            const auto type = row[c].typeId();
            if (type != QMetaType::QString && !row[c].isNull())
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, c, item);
        }
    }
    table->resizeColumnsToContents();
}

} // namespace bantam
