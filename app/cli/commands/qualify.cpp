// `bantam-cli qualify`: the call screen's questionnaire from a file, and a lead's qualification.
#include "cli/commands/commands.h"

#include "cli/context.h"
#include "cli/output.h"
#include "qualification/qualificationservice.h"
#include "services.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace bantam::cli {

namespace {

void printQualification(
    Context &c, const QualificationSetup &setup, const LeadQualification &q, int recorded)
{
    const Assessment &as = q.assessment;
    const Framework &framework = setup.frameworks.active();
    if (c.json) {
        QJsonObject criteria, answers;
        for (const FrameworkCriterion &k : framework.criteria)
            criteria.insert(k.key, statusKey(as.criteria.value(k.key)));
        for (auto it = q.answers.cbegin(); it != q.answers.cend(); ++it)
            answers.insert(it.key(), it->value);
        QJsonObject o {{QStringLiteral("lead"), q.lead.id}, {QStringLiteral("score"), as.score},
            {QStringLiteral("answered"), as.answered},
            {QStringLiteral("questions"), int(setup.questionnaire.questions.size())},
            {QStringLiteral("stage"), as.stage},
            {QStringLiteral("stageName"), qualificationStageName(as.stage)},
            {QStringLiteral("framework"), framework.key},
            {QStringLiteral("salesReady"), as.verdict.salesReady},
            {QStringLiteral("met"), as.verdict.met}, {QStringLiteral("verdict"), as.verdict.text()},
            {QStringLiteral("criteria"), criteria},
            {QStringLiteral("nextStep"), as.nextStepText(q.lead.stage)},
            {QStringLiteral("answers"), answers}};
        if (recorded >= 0)
            o.insert(QStringLiteral("recorded"), recorded);
        c.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        return;
    }
    if (recorded >= 0)
        c.out << "Recorded " << recorded << " answers for lead " << q.lead.id << ".\n";
    c.out << "Lead " << q.lead.id << ": " << q.lead.displayName();
    if (!q.lead.profile.company.isEmpty())
        c.out << " (" << q.lead.profile.company << ')';
    c.out << "\nScore:      " << as.score << "/100 (" << as.answered << " of "
          << setup.questionnaire.questions.size() << " questions answered)\n";
    c.out << "Stage:      " << qualificationStageName(as.stage) << '\n';
    c.out << "Verdict:    " << framework.name << " (" << framework.ruleText()
          << "): " << as.verdict.text() << '\n';
    QStringList criteria;
    for (const FrameworkCriterion &k : framework.criteria)
        criteria << k.name.text() + QLatin1Char(' ') + statusName(as.criteria.value(k.key))
                + (as.manual.contains(k.key) ? QStringLiteral(" (set by hand)") : QString());
    c.out << "Criteria:   " << criteria.join(QLatin1String(", ")) << '\n';
    c.out << "Next step:  " << as.nextStepText(q.lead.stage) << '\n';
    if (q.answers.isEmpty())
        return;
    c.out << "\nAnswers:\n";
    for (const Question &question : setup.questionnaire.questions) {
        const auto found = q.answers.constFind(question.key);
        if (found != q.answers.cend())
            c.out << "  " << pad(question.key, 16) << ' '
                  << setup.questionnaire.displayValue(question.key, found->value) << '\n';
    }
}

// qualify ID --answers FILE.json | --show: the call screen's questionnaire from a file.
int qualify(Context &c)
{
    if (c.positional.size() != 1)
        throw UsageError {
            QStringLiteral("'qualify' needs one lead id: qualify ID --answers FILE.json | --show")};
    const qint64 id = leadId(c.positional[0]);
    const bool record = c.has(QStringLiteral("answers"));
    if (record == c.has(QStringLiteral("show")))
        throw UsageError {QStringLiteral("'qualify' needs either --answers FILE.json or --show")};
    QList<QPair<QString, QString>> answers;
    if (record) {
        const QString path = c.value(QStringLiteral("answers"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return c.fail(
                Error::invalid(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()),
                    QStringLiteral("--answers")));
        auto parsed = Questionnaire::answersFromJson(file.readAll());
        if (!parsed)
            return c.fail(Error::invalid(QStringLiteral("%1: %2").arg(path, parsed.error().message),
                parsed.error().field.isEmpty() ? QStringLiteral("--answers")
                                               : parsed.error().field));
        answers = parsed.value();
    }
    if (!c.open())
        return Failed;
    const QualificationService &service = c.services().qualification();
    if (record) {
        const auto user = c.actor();
        if (!user)
            return Failed;
        if (auto r = service.answerAll(*user, id, answers, QLocale::c()); !r)
            return c.fail(r.error());
    }
    auto setup = service.setup();
    if (!setup)
        return c.fail(setup.error());
    auto q = service.load(id);
    if (!q)
        return c.fail(q.error());
    printQualification(c, setup.value(), q.value(), record ? int(answers.size()) : -1);
    return Ok;
}

class QualifyCommand : public Command
{
public:
    QualifyCommand()
        : Command(QStringLiteral("qualify"))
    { }

    QList<Form> forms() const override
    {
        return {{{}, QStringLiteral("ID --answers FILE.json"),
                    QStringLiteral("record questionnaire answers from a JSON object keyed "
                                   "by\nquestion key (all or none; invalid answers are "
                                   "refused\nnaming the question), then show the result"),
                    {QStringLiteral("answers")}},
            {{}, QStringLiteral("ID --show"),
                QStringLiteral("the lead's score out of 100, qualification stage 1-5,\nframework "
                               "verdict, criteria and recommended next step"),
                {QStringLiteral("show")}}};
    }

    QList<Option> options() const override
    {
        return {{QStringLiteral("answers"), QStringLiteral("FILE.json"),
                    QStringLiteral("the answers: {\"budget\": \"yes\", \"employees\": 250, ...}")},
            {QStringLiteral("show"), QString(), QStringLiteral("show the lead's qualification")}};
    }

    int run(Context &c) const override { return qualify(c); }
};

} // namespace

std::unique_ptr<Command> makeQualifyCommand()
{
    return std::make_unique<QualifyCommand>();
}

} // namespace bantam::cli
