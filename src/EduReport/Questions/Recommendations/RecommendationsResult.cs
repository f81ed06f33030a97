namespace EduReport.Questions.Recommendations;

/// <summary>The recommendations that fired, ranked, and the check of every rule.</summary>
/// <param name="Items">Fired recommendations, highest rank first.</param>
/// <param name="Checks">Every rule in the engine's order, fired or not, with the value it measured.</param>
public sealed record RecommendationsResult(IReadOnlyList<Recommendation> Items, IReadOnlyList<RuleCheck> Checks)
{
    public static RecommendationsResult Empty { get; } = new([], []);
}

/// <summary>A recommendation that fired.</summary>
/// <param name="Rank">1 for the first recommendation.</param>
/// <param name="Rule">The rule's id, which names its template and text.</param>
/// <param name="Reach">Students the recommendation concerns.</param>
/// <param name="Score">Reach times the rule's weight, the ranking key.</param>
/// <param name="Evidence">The figures the text quotes, a record of the rule's own type.</param>
public sealed record Recommendation(int Rank, string Rule, int Reach, double Score, double Measured, double Threshold, Comparison Comparison, object Evidence);

/// <summary>One rule's check.</summary>
/// <param name="Measured">The measured value, or null when the results held nothing to measure.</param>
public sealed record RuleCheck(string Rule, bool Enabled, bool Fired, double? Measured, double Threshold, Comparison Comparison);
