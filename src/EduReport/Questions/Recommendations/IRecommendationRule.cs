using EduReport.Analyse;

namespace EduReport.Questions.Recommendations;

/// <summary>
/// A rule that turns results into a recommendation: it measures one value in <see cref="ReportResults"/>,
/// compares it with a threshold from config/recommendations.json, and when the comparison holds, it
/// fires with the evidence that its text quotes. The text is the template
/// sections/recommendations/ID.sbn-html with the strings under "rules.ID" of Recommendations.LANG.json.
/// </summary>
public interface IRecommendationRule
{
    /// <summary>The rule's id in snake_case: its key in the configuration, its template's name and its text's key.</summary>
    string Id { get; }

    /// <summary>The thresholds the rule reads from its configuration entry, with their allowed ranges.</summary>
    IReadOnlyList<RuleThreshold> Thresholds { get; }

    /// <summary>Measures the rule's value in <paramref name="results"/> and decides whether the rule fires.</summary>
    RuleOutcome Evaluate(ReportResults results, RuleSettings settings);
}

/// <summary>A threshold's setting name and the range of values that mean something for it.</summary>
public sealed record RuleThreshold(string Name, double Min, double Max)
{
    /// <summary>Returns a threshold for a share or rate, from 0 to 1.</summary>
    public static RuleThreshold Share(string name) => new(name, 0, 1);

    /// <summary>Returns a threshold for a count of at least <paramref name="min"/>, with no upper bound.</summary>
    public static RuleThreshold Count(string name, double min) => new(name, min, double.MaxValue);
}

/// <summary>Whether a measured value must reach the threshold from above or from below for the rule to fire.</summary>
public enum Comparison
{
    /// <summary>The rule fires when the value is at least the threshold.</summary>
    AtLeast,

    /// <summary>The rule fires when the value is at most the threshold.</summary>
    AtMost,
}

/// <summary>What a rule found.</summary>
/// <param name="Measured">The value compared with the threshold, or null when the results hold nothing to measure.</param>
/// <param name="Reach">How many students the recommendation concerns; recommendations are ranked by it, times the rule's weight.</param>
/// <param name="Evidence">The figures the rule's text quotes, a record of the rule's own type; null when the rule is silent.</param>
public sealed record RuleOutcome(bool Fired, double? Measured, double Threshold, Comparison Comparison, int Reach, object? Evidence)
{
    /// <summary>Returns an outcome that fires when <paramref name="measured"/> meets <paramref name="threshold"/>, carrying the evidence only then.</summary>
    public static RuleOutcome Compare(double? measured, double threshold, Comparison comparison, int reach, Func<object> evidence)
    {
        var fired = measured is { } value && (comparison == Comparison.AtLeast ? value >= threshold : value <= threshold);
        return new RuleOutcome(fired, measured, threshold, comparison, fired ? reach : 0, fired ? evidence() : null);
    }

    /// <summary>Returns a silent outcome for results that hold nothing to measure.</summary>
    public static RuleOutcome NothingToMeasure(double threshold, Comparison comparison) => new(false, null, threshold, comparison, 0, null);
}
