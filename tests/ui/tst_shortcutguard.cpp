// Tests the guard that keeps Bantam's Ctrl shortcuts working from text fields: a field that
// claims the key (as Qt's line edits do for Ctrl+E on X11 desktops) no longer swallows the
// window's shortcut, and keys no shortcut takes still reach the field.
#include "common/shortcutguard.h"

#include <QApplication>
#include <QLineEdit>
#include <QShortcut>
#include <QTest>
#include <QVBoxLayout>

using namespace bantam;

namespace {

// Claims every shortcut key, as QLineEdit does for its Emacs-style keys on X11.
class GreedyEdit : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;

protected:
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::ShortcutOverride) {
            e->accept();
            return true;
        }
        return QLineEdit::event(e);
    }
};

} // namespace

class TestShortcutGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowShortcutWinsOverTheField()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *field = new GreedyEdit(&window);
        layout->addWidget(field);
        int exported = 0;
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), &window);
        connect(shortcut, &QShortcut::activated, &window, [&exported] { ++exported; });
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        field->setFocus();

        QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(exported, 0); // what users met: the field took the key

        {
            QObject owner;
            ShortcutGuard::install({QKeySequence(Qt::CTRL | Qt::Key_E)}, &owner);
            QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier);
            QCOMPARE(exported, 1);
            // Other keys still reach the field.
            QTest::keyClicks(field, QStringLiteral("abc"));
            QCOMPARE(field->text(), QStringLiteral("abc"));
        }
        // The guard goes with its owner.
        QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(exported, 1);
    }
};

QTEST_MAIN(TestShortcutGuard)
#include "tst_shortcutguard.moc"
