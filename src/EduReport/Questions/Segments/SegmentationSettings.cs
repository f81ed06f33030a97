using System.Text.RegularExpressions;
using EduReport.Configuration;

namespace EduReport.Questions.Segments;

/// <summary>
/// The RFM-style segmentation as the analyst configures it in config/segments.json: how many score
/// bins, which metrics are scored, the named segments as rules over the scores, and the segment that
/// the report looks at closely.
/// </summary>
/// <param name="Bins">Scores run from 1 to this number, 3 to 5.</param>
/// <param name="Metrics">The scored metrics, in the order the report shows them.</param>
/// <param name="Rules">The segments in order: a student belongs to the first whose conditions all hold. The last one has no conditions.</param>
/// <param name="FocusSegment">The id of the segment whose share of students and of completions the report states, or null.</param>
public sealed partial record SegmentationSettings(
    int Bins,
    IReadOnlyList<ScoredMetric> Metrics,
    IReadOnlyList<SegmentRule> Rules,
    string? FocusSegment)
{
    public const int MinBins = 3;
    public const int MaxBins = 5;

    /// <summary>The languages every segment name must be given in.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "ru"];

    /// <summary>Reads the segmentation part of config/segments.json.</summary>
    public static SegmentationSettings Read(ConfigNode root)
    {
        var bins = root.Required("bins").WholeNumber(MinBins, MaxBins);
        var metrics = ReadMetrics(root.Required("metrics"), bins);
        var scored = metrics.Select(m => m.Metric).ToHashSet();
        var rulesNode = root.Required("segments");
        var rules = new List<SegmentRule>();
        foreach (var item in rulesNode.Items())
        {
            rules.Add(ReadRule(item, bins, scored, rules));
        }

        if (rules.Count == 0 || rules[^1].Conditions.Count > 0)
        {
            throw (rules.Count == 0 ? rulesNode : rulesNode.Items()[^1]).Invalid("Config_ExpectCatchAll");
        }

        string? focus = null;
        if (root.Optional("focusSegment") is { } focusNode)
        {
            focus = focusNode.Text();
            if (!rules.Any(r => r.Id == focus))
            {
                throw focusNode.Invalid("Config_ExpectFocusSegment", string.Join(", ", rules.Select(r => r.Id)));
            }
        }

        return new SegmentationSettings(bins, metrics, rules, focus);
    }

    private static List<ScoredMetric> ReadMetrics(ConfigNode node, int bins)
    {
        node.AllowOnly([.. StudentMetricKeys.All.Select(StudentMetricKeys.Key)]);
        var metrics = new List<ScoredMetric>();
        foreach (var (name, value) in node.Properties())
        {
            var metric = StudentMetricKeys.Parse(name);
            value.AllowOnly("fixedLevels");
            var levels = value.Optional("fixedLevels") is { } levelsNode ? ReadLevels(levelsNode, bins) : [];
            metrics.Add(new ScoredMetric(metric, levels));
        }

        return metrics;
    }

    private static List<FixedLevel> ReadLevels(ConfigNode node, int bins)
    {
        var levels = new List<FixedLevel>();
        foreach (var item in node.Items())
        {
            item.AllowOnly("atLeast", "score");
            var level = new FixedLevel(item.Required("atLeast").Number(), item.Required("score").WholeNumber(2, bins));
            if (levels.Count > 0 && (level.AtLeast <= levels[^1].AtLeast || level.Score <= levels[^1].Score))
            {
                throw item.Invalid("Config_ExpectLevels", bins);
            }

            levels.Add(level);
        }

        return levels;
    }

    private static SegmentRule ReadRule(ConfigNode node, int bins, HashSet<StudentMetric> scored, List<SegmentRule> earlier)
    {
        node.AllowOnly("id", "name", "when");
        var idNode = node.Required("id");
        var id = idNode.Text();
        if (!SegmentId().IsMatch(id) || earlier.Any(r => r.Id == id))
        {
            throw idNode.Invalid("Config_ExpectSegmentId");
        }

        var nameNode = node.Required("name");
        nameNode.AllowOnly([.. Languages]);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in Languages)
        {
            names[language] = (nameNode.Optional(language) ?? throw nameNode.Invalid("Config_ExpectNames")).Text();
        }

        var conditions = new List<ScoreCondition>();
        foreach (var (metricName, conditionNode) in node.Required("when").Properties())
        {
            var scoredKeys = string.Join(", ", scored.Select(StudentMetricKeys.Key));
            if (!StudentMetricKeys.TryParse(metricName, out var metric) || !scored.Contains(metric))
            {
                throw conditionNode.Invalid("Config_ExpectScoredMetric", scoredKeys);
            }

            conditions.Add(ScoreCondition.Parse(metric, conditionNode.Text(), bins) ?? throw conditionNode.Invalid("Config_ExpectCondition", bins));
        }

        return new SegmentRule(id, names, conditions);
    }

    [GeneratedRegex("^[a-z0-9_]+$")]
    private static partial Regex SegmentId();
}

/// <summary>A metric that gets scores, with the fixed levels to fall back on when it is nearly constant.</summary>
public sealed record ScoredMetric(StudentMetric Metric, IReadOnlyList<FixedLevel> FixedLevels);

/// <summary>A fixed level: values of at least <paramref name="AtLeast"/> (up to the next level) score <paramref name="Score"/>.</summary>
public sealed record FixedLevel(double AtLeast, int Score);

/// <summary>A named segment: the students whose scores meet every condition, unless an earlier rule took them.</summary>
/// <param name="Names">The segment's name by language ("en", "ru").</param>
public sealed record SegmentRule(string Id, IReadOnlyDictionary<string, string> Names, IReadOnlyList<ScoreCondition> Conditions)
{
    public bool Matches(Func<StudentMetric, int> score) => Conditions.All(c => c.Matches(score(c.Metric)));
}
