using EduReport.Analyse;
using EduReport.Questions.AssessmentForms;

namespace EduReport.Questions.Recommendations.Rules;

/// <summary>
/// Fires when the weighted coursework score ranks students much as the exam does (Spearman's rho of
/// at least a configured value, on at least a configured number of enrolments), so that coursework
/// can warn early of a failed exam.
/// </summary>
public sealed class CourseworkPredictsExamRule : IRecommendationRule
{
    public const string MinSpearman = "minSpearman";
    public const string MinPairs = "minPairs";

    public string Id => "coursework_predicts_exam";

    public IReadOnlyList<RuleThreshold> Thresholds { get; } = [new RuleThreshold(MinSpearman, -1, 1), RuleThreshold.Count(MinPairs, 0)];

    public RuleOutcome Evaluate(ReportResults results, RuleSettings settings)
    {
        var threshold = settings.Threshold(MinSpearman);
        var forms = results.AssessmentForms;
        var correlation = forms.Correlation;
        var quartiles = forms.PassRateByQuartile;
        if (correlation.Spearman is not { } spearman || correlation.Pairs < settings.Threshold(MinPairs) || quartiles.Count < 2)
        {
            return RuleOutcome.NothingToMeasure(threshold, Comparison.AtLeast);
        }

        var lowest = quartiles[0];
        var highest = quartiles[^1];
        return RuleOutcome.Compare(spearman, threshold, Comparison.AtLeast, lowest.Enrolments, () => new CourseworkPredictsExamEvidence(
            spearman,
            correlation.Pearson,
            correlation.Pairs,
            lowest,
            highest));
    }
}

/// <param name="Pairs">Enrolments with both scores.</param>
/// <param name="LowestQuartile">The exam pass rate of the lowest coursework quartile, whose enrolments an early warning would reach.</param>
public sealed record CourseworkPredictsExamEvidence(double Spearman, double? Pearson, int Pairs, QuartileRow LowestQuartile, QuartileRow HighestQuartile);
