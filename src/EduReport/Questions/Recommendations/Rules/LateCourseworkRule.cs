using EduReport.Analyse;
using EduReport.Load;

namespace EduReport.Questions.Recommendations.Rules;

/// <summary>Fires when the coursework form (TMA or CMA) with the most late submissions has at least a configured share of them late.</summary>
public sealed class LateCourseworkRule : IRecommendationRule
{
    public const string MinLateShare = "minLateShare";

    public string Id => "late_coursework";

    public IReadOnlyList<RuleThreshold> Thresholds { get; } = [RuleThreshold.Share(MinLateShare)];

    public RuleOutcome Evaluate(ReportResults results, RuleSettings settings)
    {
        var threshold = settings.Threshold(MinLateShare);
        var forms = results.AssessmentForms;
        var latest = forms.Forms
            .Where(f => f.Form != AssessmentType.Exam && f.LateShare is not null)
            .OrderByDescending(f => f.LateShare)
            .FirstOrDefault();
        if (latest is null)
        {
            return RuleOutcome.NothingToMeasure(threshold, Comparison.AtLeast);
        }

        return RuleOutcome.Compare(latest.LateShare, threshold, Comparison.AtLeast, forms.StudentsWithLateSubmission, () => new LateCourseworkEvidence(
            latest.Form,
            latest.LateShare!.Value,
            latest.LateSubmissions,
            latest.SubmissionsWithDeadline,
            forms.StudentsWithLateSubmission));
    }
}

/// <param name="StudentsWithLateSubmission">Students with at least one late submission in any form.</param>
public sealed record LateCourseworkEvidence(AssessmentType Form, double LateShare, int LateSubmissions, int SubmissionsWithDeadline, int StudentsWithLateSubmission);
