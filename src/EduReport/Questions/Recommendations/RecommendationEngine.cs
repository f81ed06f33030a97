using EduReport.Analyse;
using EduReport.Questions.Recommendations.Rules;

namespace EduReport.Questions.Recommendations;

/// <summary>
/// Runs every enabled rule on the results and ranks the recommendations that fire by reach times
/// weight (the engine's rule order breaks ties). Nothing is recommended that no rule measured.
/// </summary>
public static class RecommendationEngine
{
    /// <summary>The rules in their tie-breaking order. A new rule is one class here and its text and template.</summary>
    public static IReadOnlyList<IRecommendationRule> Rules { get; } =
    [
        new CoursesWithoutExamResultsRule(),
        new EarlyMediocreSegmentRule(),
        new CourseworkPredictsExamRule(),
        new LateCourseworkRule(),
        new ValuableSmallSegmentRule(),
        new HardestExamRule(),
        new HighestChurnModuleRule(),
        new LowCompletionCoursesRule(),
        new WeakestSemesterRule(),
        new UnregistrationsWithoutDateRule(),
    ];

    public static RecommendationsResult Run(ReportResults results, RecommendationSettings settings) => Run(results, settings, Rules);

    public static RecommendationsResult Run(ReportResults results, RecommendationSettings settings, IReadOnlyList<IRecommendationRule> rules)
    {
        var checks = new List<RuleCheck>();
        var fired = new List<(int Order, IRecommendationRule Rule, RuleOutcome Outcome, double Score)>();
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var ruleSettings = settings.Rules[rule.Id];
            if (!ruleSettings.Enabled)
            {
                checks.Add(new RuleCheck(rule.Id, false, false, null, 0, Comparison.AtLeast));
                continue;
            }

            var outcome = rule.Evaluate(results, ruleSettings);
            checks.Add(new RuleCheck(rule.Id, true, outcome.Fired, outcome.Measured, outcome.Threshold, outcome.Comparison));
            if (outcome.Fired)
            {
                fired.Add((i, rule, outcome, outcome.Reach * ruleSettings.Weight));
            }
        }

        var items = fired
            .OrderByDescending(f => f.Score)
            .ThenBy(f => f.Order)
            .Select((f, index) => new Recommendation(
                index + 1,
                f.Rule.Id,
                f.Outcome.Reach,
                f.Score,
                f.Outcome.Measured!.Value,
                f.Outcome.Threshold,
                f.Outcome.Comparison,
                f.Outcome.Evidence!))
            .ToArray();
        return new RecommendationsResult(items, checks);
    }
}
