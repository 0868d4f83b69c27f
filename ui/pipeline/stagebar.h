// StageBar: the pipeline at a glance — one button per stage with its count, which is also the
// stage filter of the lead list.
#pragma once

#include "domain/stage.h"
#include "storage/leadrepository.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QToolButton;

namespace bantam {

class StageBar : public QWidget
{
    Q_OBJECT

public:
    explicit StageBar(QWidget *parent = nullptr);

    std::optional<Stage> selectedStage() const;
    void selectStage(std::optional<Stage> stage);
    void setCounts(const StageCounts &counts);
    QToolButton *buttonFor(std::optional<Stage> stage) const;

Q_SIGNALS:
    void stageSelected();

private:
    QButtonGroup *m_group;
    std::array<QToolButton *, 7> m_buttons {}; // 0 = all, 1.. = stages
    StageCounts m_counts {};
    bool m_counted = false; // "…" until the first counts arrive, not a wrong 0
    void updateTexts();
};

} // namespace bantam
