using EduReport.Configuration;

namespace EduReport.Questions.Recommendations;

/// <summary>The recommendation rules as configured in config/recommendations.json, by rule id.</summary>
public sealed record RecommendationSettings(IReadOnlyDictionary<string, RuleSettings> Rules)
{
    /// <summary>
    /// Reads config/recommendations.json. Every rule of <paramref name="rules"/> needs an entry with
    /// "enabled", "weight" and each of its thresholds; an unknown rule or setting, or a value out of its
    /// range, is an error.
    /// </summary>
    public static RecommendationSettings Read(ConfigNode root, IReadOnlyList<IRecommendationRule> rules)
    {
        root.AllowOnly("rules");
        var node = root.Required("rules");
        var known = string.Join(", ", rules.Select(r => r.Id));
        foreach (var (id, value) in node.Properties())
        {
            if (!rules.Any(r => r.Id == id))
            {
                throw value.Invalid("Config_ExpectRule", known);
            }
        }

        var settings = new Dictionary<string, RuleSettings>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            var entry = node.Required(rule.Id);
            entry.AllowOnly([.. rule.Thresholds.Select(t => t.Name).Prepend("weight").Prepend("enabled")]);
            var thresholds = rule.Thresholds.ToDictionary(
                t => t.Name,
                t => entry.Required(t.Name).Number(t.Min, t.Max),
                StringComparer.Ordinal);
            settings[rule.Id] = new RuleSettings(entry.Required("enabled").Boolean(), entry.Required("weight").Number(0, 1000), thresholds);
        }

        return new RecommendationSettings(settings);
    }
}

/// <summary>One rule's configuration.</summary>
/// <param name="Weight">Multiplies the rule's reach when recommendations are ranked; 0 ranks it last.</param>
public sealed record RuleSettings(bool Enabled, double Weight, IReadOnlyDictionary<string, double> Thresholds)
{
    /// <summary>Returns the threshold <paramref name="name"/>, which the configuration loader has checked is present.</summary>
    public double Threshold(string name) =>
        Thresholds.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"The rule settings lack the threshold '{name}'.");
}
