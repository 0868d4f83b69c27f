// A generated lead data set with known true coefficients, for testing the learned score:
// closed leads whose outcome is drawn from a known logistic model, in memory (TrainingExample)
// or written into a test database (with open leads to score). The true model, in log-odds:
//   −0.5
//   + source: event +1.2, partner +0.6, web 0, list −1.0
//   + attribute "Budget": yes +0.9, unknown 0, no −0.7
//   + attribute "Minutes on site" (a number, half of them in German notation): +0.05 per minute
//   + each "pricing_page" visit: +0.4
// mt19937_64's output is fixed by the C++ standard and the uniform numbers are made from its
// bits here, not by a library distribution: every compiler gives the same data for a seed.
#pragma once

#include "scoring/predictivetrainer.h"

#include <vector>

namespace bantam {
class Clock;
class Database;
} // namespace bantam

namespace bantam::testing {

struct OutcomeData
{
    std::vector<TrainingExample> examples;
    std::vector<double> trueLogOdds; // per example
};

inline constexpr qint64 kOutcomeAt = 1'772'000'000; // early 2026

// leakColumn: an attribute "Closed won reason" that is "signed" exactly for the positives.
OutcomeData generateOutcomes(int leads, quint64 seed, bool leakColumn = false);

// Writes closed leads (positives reached SQL and were won a day before the clock's now,
// negatives were disqualified then) and open ones from generateOutcomes(closed + open, seed),
// with their attributes and activities, in one transaction. Fixture setup only: stages,
// attributes and activities go straight into the tables. Gives the open leads' ids; records a
// test failure and gives nothing if a write fails.
std::vector<qint64> writeOutcomes(
    const Database &db, const Clock &clock, int closed, int open, quint64 seed = 21);

} // namespace bantam::testing
