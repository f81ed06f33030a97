using EduReport.Analyse;
using EduReport.Analyse.Statistics;

namespace EduReport.Questions.Recommendations.Rules;

/// <summary>
/// Looks at the presentation (semester) with the lowest exam completion rate. Fires when the
/// completion rates of the presentations differ significantly (the semesters' chi-squared test) and
/// that lowest rate is at most a configured value. Its exam attempts must also come from at least a
/// configured number of modules, because with fewer the rate is one module's exam more than the semester.
/// </summary>
public sealed class WeakestSemesterRule : IRecommendationRule
{
    public const string MaxCompletionRate = "maxCompletionRate";
    public const string MinModules = "minModules";

    public string Id => "weakest_semester";

    public IReadOnlyList<RuleThreshold> Thresholds { get; } = [RuleThreshold.Share(MaxCompletionRate), RuleThreshold.Count(MinModules, 0)];

    public RuleOutcome Evaluate(ReportResults results, RuleSettings settings)
    {
        var threshold = settings.Threshold(MaxCompletionRate);
        var semesters = results.Semesters;
        var lowest = semesters.LowestCompletion;
        var test = semesters.CompletionTest;
        var withAttempts = semesters.Table.Where(r => r.ExamAttempts > 0).ToArray();
        if (lowest?.CompletionRate is not { } rate || test is null || withAttempts.Length < 2)
        {
            return RuleOutcome.NothingToMeasure(threshold, Comparison.AtMost);
        }

        // With few modules among its exams, the presentation's rate is a module's rather than the semester's.
        var modules = results.ExamDifficulty.Exams
            .Where(e => e.Presentation == lowest.Presentation)
            .Select(e => e.Module)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (!test.Significant || modules.Length < settings.Threshold(MinModules))
        {
            // The rates may not differ, or the lowest is mostly one module's exam, so no semester is singled out.
            return new RuleOutcome(false, rate, threshold, Comparison.AtMost, 0, null);
        }

        var others = withAttempts.Where(r => r.Presentation != lowest.Presentation).ToArray();
        var otherAttempts = others.Sum(r => r.ExamAttempts);
        var otherPassed = others.Sum(r => r.ExamPassed);
        return RuleOutcome.Compare(rate, threshold, Comparison.AtMost, lowest.ExamAttempts, () => new WeakestSemesterEvidence(
            lowest.Presentation,
            lowest.ExamAttempts,
            lowest.ExamPassed,
            rate,
            lowest.CiLow,
            lowest.CiHigh,
            withAttempts.Length,
            otherAttempts,
            otherPassed,
            Proportion.Of(otherPassed, otherAttempts).Rate,
            modules,
            test));
    }
}

/// <param name="CompletionRate">Passed exam attempts over attempts in the presentation, with the 95% Wilson interval CiLow to CiHigh.</param>
/// <param name="Presentations">Presentations of the period with exam attempts, this one included.</param>
/// <param name="OtherAttempts">Exam attempts in the other presentations, pooled with OtherPassed and OtherCompletionRate.</param>
/// <param name="ExamModules">Modules with exam attempts in this presentation, by code.</param>
/// <param name="Test">The chi-squared test that all presentations share one completion rate.</param>
public sealed record WeakestSemesterEvidence(
    string Presentation,
    int ExamAttempts,
    int ExamPassed,
    double CompletionRate,
    double? CiLow,
    double? CiHigh,
    int Presentations,
    int OtherAttempts,
    int OtherPassed,
    double? OtherCompletionRate,
    IReadOnlyList<string> ExamModules,
    SignificanceTest Test);
