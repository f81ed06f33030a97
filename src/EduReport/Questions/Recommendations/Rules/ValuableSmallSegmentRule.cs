using EduReport.Analyse;
using EduReport.Questions.Segments;

namespace EduReport.Questions.Recommendations.Rules;

/// <summary>
/// Finds the segment with the highest mean exam score (the fewer students on a tie) and fires when it
/// contains at most a configured share of all students, a small group worth growing.
/// </summary>
public sealed class ValuableSmallSegmentRule : IRecommendationRule
{
    public const string MaxShareOfStudents = "maxShareOfStudents";

    public string Id => "valuable_small_segment";

    public IReadOnlyList<RuleThreshold> Thresholds { get; } = [RuleThreshold.Share(MaxShareOfStudents)];

    public RuleOutcome Evaluate(ReportResults results, RuleSettings settings)
    {
        var threshold = settings.Threshold(MaxShareOfStudents);
        var segments = results.Segments;
        var best = segments.Segments
            .Where(s => s.StudentsWithExam > 0 && s.ProfileMean(StudentMetric.Monetary) is not null)
            .OrderByDescending(s => s.ProfileMean(StudentMetric.Monetary))
            .ThenBy(s => s.Students)
            .FirstOrDefault();
        if (best is null)
        {
            return RuleOutcome.NothingToMeasure(threshold, Comparison.AtMost);
        }

        return RuleOutcome.Compare(best.Share, threshold, Comparison.AtMost, best.Students, () => new ValuableSmallSegmentEvidence(
            best.Id,
            best.Name,
            best.Students,
            best.Share,
            best.ProfileMean(StudentMetric.Monetary)!.Value,
            segments.Metrics.FirstOrDefault(m => m.Metric == StudentMetricKeys.Key(StudentMetric.Monetary))?.Mean,
            best.ProfileMean(StudentMetric.Frequency),
            best.CoursesCompleted,
            best.ShareOfCompletions));
    }
}

/// <param name="ShareOfStudents">Its students over all students.</param>
/// <param name="MeanExamScore">Its mean exam score, the highest of all segments; AllMeanExamScore is that of all students with an exam result.</param>
/// <param name="MeanCompletionRate">Its mean F, passed exam attempts over attempts.</param>
public sealed record ValuableSmallSegmentEvidence(
    string Id,
    IReadOnlyDictionary<string, string> Name,
    int Students,
    double ShareOfStudents,
    double MeanExamScore,
    double? AllMeanExamScore,
    double? MeanCompletionRate,
    int CoursesCompleted,
    double ShareOfCompletions);
