using EduReport.Analyse;
using EduReport.Analyse.Statistics;
using EduReport.Questions.ExamDifficulty;

namespace EduReport.Questions.Recommendations.Rules;

/// <summary>
/// Finds the exam with the lowest pass rate among the ranked exams with at least a configured number
/// of attempts, and fires when that rate is at most a configured value. It needs two such exams with
/// different pass rates, so that one of them is the hardest.
/// </summary>
public sealed class HardestExamRule : IRecommendationRule
{
    public const string MaxPassRate = "maxPassRate";
    public const string MinAttempts = "minAttempts";

    public string Id => "hardest_exam";

    public IReadOnlyList<RuleThreshold> Thresholds { get; } = [RuleThreshold.Share(MaxPassRate), RuleThreshold.Count(MinAttempts, 0)];

    public RuleOutcome Evaluate(ReportResults results, RuleSettings settings)
    {
        var threshold = settings.Threshold(MaxPassRate);
        var difficulty = results.ExamDifficulty;
        var minAttempts = Math.Max((int)Math.Ceiling(settings.Threshold(MinAttempts)), difficulty.MinAttemptsToRank);

        // Exams are sorted hardest first, so the first candidate is the hardest and the last the easiest.
        var candidates = difficulty.Exams.Where(e => e.Ranked && e.Attempts >= minAttempts).ToArray();
        if (candidates.Length < 2)
        {
            return RuleOutcome.NothingToMeasure(threshold, Comparison.AtMost);
        }

        var hardest = candidates[0];
        var easiest = candidates
            .OrderByDescending(e => e.PassRate)
            .ThenByDescending(e => e.Attempts)
            .ThenBy(e => e.IdAssessment)
            .First();
        if (easiest.PassRate <= hardest.PassRate)
        {
            // Every candidate passes at the same rate, so none of them is harder than the others.
            return new RuleOutcome(false, hardest.PassRate, threshold, Comparison.AtMost, 0, null);
        }

        // The section tested its own hardest and easiest exam, so its test is quoted only when they are these two.
        var test = hardest == difficulty.Hardest && easiest == difficulty.Easiest ? difficulty.HardestVsEasiest : null;
        return RuleOutcome.Compare(hardest.PassRate, threshold, Comparison.AtMost, hardest.Attempts, () => new HardestExamEvidence(
            hardest,
            easiest,
            candidates.Length,
            minAttempts,
            difficulty.Overall.Attempts,
            difficulty.Overall.PassRate,
            test));
    }
}

/// <param name="Exam">The hardest exam: its attempts, passes, pass rate with the 95% Wilson interval and mean score.</param>
/// <param name="Easiest">The exam with the highest pass rate among the same candidates.</param>
/// <param name="ExamsCompared">Ranked exams with at least <paramref name="MinAttempts"/> attempts.</param>
/// <param name="MinAttempts">Attempts an exam needed to be compared: the rule's threshold or the definitions' minimum to rank, whichever is higher.</param>
/// <param name="AllAttempts">Attempts at all exams; AllPassRate is their pass rate.</param>
/// <param name="HardestVsEasiest">The chi-squared test of the two exams' pass rates, or null when the exam-difficulty section tested another pair.</param>
public sealed record HardestExamEvidence(
    ExamRow Exam,
    ExamRow Easiest,
    int ExamsCompared,
    int MinAttempts,
    int AllAttempts,
    double? AllPassRate,
    SignificanceTest? HardestVsEasiest);
