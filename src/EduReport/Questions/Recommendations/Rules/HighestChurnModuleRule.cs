using EduReport.Analyse;
using EduReport.Analyse.Statistics;

namespace EduReport.Questions.Recommendations.Rules;

/// <summary>
/// Finds the module with the highest churn rate among the modules with at least a configured number of
/// registrations, of which there must be two. Fires when that rate is at least a configured value and
/// above the churn of the other modules pooled.
/// </summary>
public sealed class HighestChurnModuleRule : IRecommendationRule
{
    public const string MinChurnRate = "minChurnRate";
    public const string MinRegistrations = "minRegistrations";

    public string Id => "highest_churn_module";

    public IReadOnlyList<RuleThreshold> Thresholds { get; } = [RuleThreshold.Share(MinChurnRate), RuleThreshold.Count(MinRegistrations, 0)];

    public RuleOutcome Evaluate(ReportResults results, RuleSettings settings)
    {
        var threshold = settings.Threshold(MinChurnRate);
        var minRegistrations = settings.Threshold(MinRegistrations);
        var modules = results.Popularity.Modules;
        var compared = modules.Where(m => m.Registrations >= minRegistrations).ToArray();
        var highest = compared
            .OrderByDescending(m => m.ChurnRate)
            .ThenByDescending(m => m.Registrations)
            .ThenBy(m => m.Module, StringComparer.Ordinal)
            .FirstOrDefault();
        if (highest is null || compared.Length < 2)
        {
            return RuleOutcome.NothingToMeasure(threshold, Comparison.AtLeast);
        }

        // The other modules pooled, all of them, whatever their size.
        var others = modules.Where(m => m.Module != highest.Module).ToArray();
        var otherRegistrations = others.Sum(m => m.Registrations);
        var otherUnregistrations = others.Sum(m => m.Unregistrations);
        var otherRate = Proportion.Of(otherUnregistrations, otherRegistrations).Rate;
        if (otherRate >= highest.ChurnRate)
        {
            // Smaller modules left out of the ranking churn as much, so the text's comparison would not hold.
            return new RuleOutcome(false, highest.ChurnRate, threshold, Comparison.AtLeast, 0, null);
        }

        return RuleOutcome.Compare(highest.ChurnRate, threshold, Comparison.AtLeast, highest.Unregistrations, () => new HighestChurnModuleEvidence(
            highest.Module,
            highest.Courses,
            highest.Registrations,
            highest.Unregistrations,
            highest.ChurnRate,
            highest.CiLow,
            highest.CiHigh,
            compared.Length,
            otherRegistrations,
            otherUnregistrations,
            otherRate,
            (int)Math.Ceiling(minRegistrations),
            results.Popularity.ChurnAfterStartOnly));
    }
}

/// <param name="Courses">Presentations of the module with registrations.</param>
/// <param name="Unregistrations">Unregistrations that count as churn under the definitions.</param>
/// <param name="ChurnRate">Unregistrations over registrations, with the 95% Wilson interval CiLow to CiHigh.</param>
/// <param name="ModulesCompared">Modules with at least <paramref name="MinRegistrations"/> registrations, this one included.</param>
/// <param name="OtherRegistrations">Registrations of all other modules, whatever their size, pooled with OtherUnregistrations and OtherChurnRate.</param>
/// <param name="ChurnAfterStartOnly">Whether churn counts only unregistrations after day 0.</param>
public sealed record HighestChurnModuleEvidence(
    string Module,
    int Courses,
    int Registrations,
    int Unregistrations,
    double ChurnRate,
    double CiLow,
    double CiHigh,
    int ModulesCompared,
    int OtherRegistrations,
    int OtherUnregistrations,
    double? OtherChurnRate,
    int MinRegistrations,
    bool ChurnAfterStartOnly);
