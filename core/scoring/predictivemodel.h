// PredictiveModel: the learned lead score as data — a logistic regression that
// PredictiveTrainer fits on the database's own outcomes, with everything needed to turn a lead
// into the same features again: values of profile fields, source, campaign and custom
// attributes one-hot; numeric attributes and activity counts (decayed with a half-life like
// the rule model's behaviour points) standardised and clipped. A lead's chance is
// sigmoid(bias + Σ weight × x), and its explanation lists each term so that they sum exactly to
// the log-odds behind the shown chance. Stored as JSON, versioned like the rule model.
#pragma once

#include "domain/predictinput.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace bantam {

// What the learned score predicts. Sql: reached SQL, against closed without reaching it
// (disqualified, or lost without ever being an SQL). Won: won, against lost or disqualified.
enum class PredictTarget { Sql, Won };
QString predictTargetKey(PredictTarget target); // "sql", "won"
std::optional<PredictTarget> predictTargetFromKey(const QString &key);
QString predictTargetName(PredictTarget target); // translated

// The profile fields the learned score may use, by key ("job_title", "source", ...).
QStringList predictFieldKeys();
QString predictFieldName(const QString &key); // translated ("Source")
QString predictFieldValue(const PredictInput &input, const QString &key);

struct PredictFeature
{
    enum class Kind { FieldValue, AttributeValue, AttributeNumber, ActivityCount };
    Kind kind = Kind::FieldValue;
    QString name; // field key, attribute name as stored, or activity type
    QString value; // the value, case-folded and trimmed (FieldValue, AttributeValue)
    double mean = 0; // AttributeNumber, ActivityCount: x = clip((raw − mean) / scale)
    double scale = 1;
    double weight = 0;
    bool operator==(const PredictFeature &) const = default;
};

// One feature's part in a lead's log-odds.
struct PredictTerm
{
    size_t feature = 0; // index into the model's features
    double raw = 0; // 1 for a value, the number, the decayed count
    double x = 0; // what the weight multiplies
    double contribution = 0; // weight × x
};

struct PredictiveModel
{
    Q_DECLARE_TR_FUNCTIONS(PredictiveModel)

public:
    static constexpr double Clip = 5; // standardised values are clipped to ±Clip
    // Weights and the bias lie within ±MaxWeight (a fitted one is a few units): a lead's sum of
    // terms then stays finite, whatever a damaged or hand-edited model says.
    static constexpr double MaxWeight = 1e6;

    PredictTarget target = PredictTarget::Sql;
    double halfLifeDays = 30;
    double bias = 0;
    std::vector<PredictFeature> features;
    QStringList excluded; // field keys, attribute names or activity types left out by the user

    bool operator==(const PredictiveModel &) const = default;

    // "Source = Newsletter", "Total Time Spent (number)", "Activities: pricing_page".
    QString featureLabel(const PredictFeature &f) const;

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
    static Result<PredictiveModel> fromJson(const QJsonObject &json);
    static Result<PredictiveModel> fromJsonBytes(const QByteArray &bytes);
};

// A model made ready to score many leads: look-up tables from values to features.
class Predictor
{
public:
    explicit Predictor(const PredictiveModel &model);

    const PredictiveModel &model() const { return m_model; }
    // The lead's non-zero terms at "now" (activities after now do not count), by feature index.
    std::vector<PredictTerm> terms(const PredictInput &input, qint64 now) const;
    double logOdds(const PredictInput &input, qint64 now) const;
    static double sigmoid(double logOdds);
    // The chance in whole per cent, 0–100, as shown and stored.
    static int percent(double logOdds);

    // One lead's terms built up as a read of the database delivers them: its profile, then its
    // attributes, then its activities (oldest first), lead after lead. terms() goes through it
    // too, so a chance stored by a scan and the explanation of it agree to the last digit. Texts
    // may come as a row's UTF-8 bytes: each distinct name, value and type is then resolved once
    // per scan (up to a bound; free text past it is resolved each time), without a string.
    // One scan per thread.
    class Scan
    {
    public:
        Scan(const Predictor &predictor, qint64 now);
        // A new lead; its attributes and activities are not read from profile.
        void begin(const PredictInput &profile);
        // A whole lead: begin() with its attributes and activities.
        void lead(const PredictInput &input);
        void attribute(const QString &name, const QString &value);
        void attribute(std::string_view name, std::string_view value);
        void activity(qint64 at, const QString &type);
        void activity(qint64 at, std::string_view type);
        // The lead's non-zero terms, by feature index, each feature once; then bias + their sum.
        const std::vector<PredictTerm> &finish();
        double logOdds();

    private:
        static constexpr size_t MostCached = 1 << 16;
        void valueIn(int feature);
        void numberIn(size_t feature, std::optional<double> value);
        void activityIn(qint64 at, int slot);
        int cached(std::unordered_map<std::string, int> &cache, std::string_view bytes,
            const std::function<int(const QString &)> &resolve);

        const Predictor &m_p;
        qint64 m_now;
        double m_halfLifeSecs;
        std::vector<PredictTerm> m_terms;
        std::vector<double> m_counts; // decayed count per activity slot
        size_t m_cachedCount = 0;
        std::unordered_map<std::string, int> m_names; // bytes -> attribute slot or None
        std::unordered_map<std::string, int> m_types; // bytes -> activity slot or None
        // Per attribute slot: value bytes -> its one-hot feature or None.
        std::vector<std::unordered_map<std::string, int>> m_values;
        std::string m_key;
    };

private:
    static constexpr int None = -1; // no slot, no feature
    // The attribute's slot in m_attributes by its name as stored (as the model spells it, or
    // case-folded), or None.
    int attributeSlot(const QString &name) const;
    int activitySlot(const QString &type) const;
    // The one-hot feature of the attribute's value, or None.
    int valueFeature(int slot, const QString &value) const;
    // An attribute's features: its values (case-folded) one-hot, or one number.
    struct Attribute
    {
        QHash<QString, size_t> values; // value -> feature
        std::optional<size_t> number;
    };

    PredictiveModel m_model;
    QStringList m_fieldKeys; // predictFieldKeys()
    // Looked up per lead without composing keys: field index (predictFieldKeys()) -> value
    // (case-folded) -> feature; attribute name -> its features, by the name both case-folded and
    // as the model spells it (stored data usually spells it alike: no folding per lead then).
    std::vector<QHash<QString, size_t>> m_fieldValues;
    std::vector<Attribute> m_attributes;
    QHash<QString, size_t> m_attributeNames; // name -> index in m_attributes
    // type -> (feature, slot in the per-lead counts)
    QHash<QString, std::pair<size_t, size_t>> m_activities;
    // (feature, slot) in m_activities' order, the order their terms are added in.
    std::vector<std::pair<size_t, size_t>> m_activityOrder;
};

// How a value is compared: case-folded, trimmed.
QString predictFold(const QString &value);

} // namespace bantam
