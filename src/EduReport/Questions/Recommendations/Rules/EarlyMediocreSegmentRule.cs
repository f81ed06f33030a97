using EduReport.Analyse;
using EduReport.Questions.Segments;

namespace EduReport.Questions.Recommendations.Rules;

/// <summary>
/// Looks at the focus segment of config/segments.json, by default students who register well before
/// the start and pass with mediocre scores. Fires when that segment makes up at least a configured
/// share of all completed courses, and its students both register earlier and score lower in exams
/// than the average, as its text states.
/// </summary>
public sealed class EarlyMediocreSegmentRule : IRecommendationRule
{
    public const string MinShareOfCompletions = "minShareOfCompletions";

    public string Id => "early_mediocre_segment";

    public IReadOnlyList<RuleThreshold> Thresholds { get; } = [RuleThreshold.Share(MinShareOfCompletions)];

    public RuleOutcome Evaluate(ReportResults results, RuleSettings settings)
    {
        var threshold = settings.Threshold(MinShareOfCompletions);
        var segments = results.Segments;
        var focus = segments.Focus;
        var row = segments.Segments.FirstOrDefault(s => s.Id == focus?.Id);
        var lead = row?.ProfileMean(StudentMetric.LeadTime);
        var allLead = MeanOfAll(segments, StudentMetric.LeadTime);
        var exam = row?.ProfileMean(StudentMetric.Monetary);
        var allExam = MeanOfAll(segments, StudentMetric.Monetary);
        if (focus is null || segments.TotalCompletions == 0 || lead is null || allLead is null || exam is null || allExam is null)
        {
            return RuleOutcome.NothingToMeasure(threshold, Comparison.AtLeast);
        }

        if (lead <= allLead || exam >= allExam)
        {
            // The segment does not register early or does not score below average, so the text would not fit it.
            return new RuleOutcome(false, focus.ShareOfCompletions, threshold, Comparison.AtLeast, 0, null);
        }

        return RuleOutcome.Compare(focus.ShareOfCompletions, threshold, Comparison.AtLeast, focus.Students, () => new EarlyMediocreSegmentEvidence(
            focus.Id,
            focus.Name,
            focus.Students,
            focus.ShareOfStudents,
            focus.CoursesCompleted,
            focus.ShareOfCompletions,
            lead.Value,
            allLead.Value,
            exam.Value,
            allExam.Value));
    }

    private static double? MeanOfAll(SegmentsResult segments, StudentMetric metric) =>
        segments.Metrics.FirstOrDefault(m => m.Metric == StudentMetricKeys.Key(metric))?.Mean;
}

/// <param name="Name">The segment's name by language.</param>
/// <param name="MeanLeadTime">The segment's mean registration lead time in days; AllMeanLeadTime is that of all students.</param>
/// <param name="MeanExamScore">The segment's mean exam score; AllMeanExamScore is that of all students with an exam result.</param>
public sealed record EarlyMediocreSegmentEvidence(
    string Id,
    IReadOnlyDictionary<string, string> Name,
    int Students,
    double ShareOfStudents,
    int CoursesCompleted,
    double ShareOfCompletions,
    double MeanLeadTime,
    double AllMeanLeadTime,
    double MeanExamScore,
    double AllMeanExamScore);
