using System.Globalization;

namespace EduReport.Questions.Segments;

/// <summary>
/// A segment rule's condition on one metric's score: the score lies from <paramref name="Min"/> to
/// <paramref name="Max"/>. Min = Max = 0 matches only students without a value of the metric.
/// </summary>
public sealed record ScoreCondition(StudentMetric Metric, int Min, int Max)
{
    public bool Matches(int score) => score >= Min && score <= Max;

    /// <summary>
    /// Parses a condition as the configuration writes it: "2" or "= 2", "&gt;= 2", "&lt;= 2", "&gt; 1",
    /// "&lt; 3", "2..3", "any" (any value) or "none" (no value). Returns null when the text is invalid or
    /// names a score outside 1 to <paramref name="bins"/>.
    /// </summary>
    public static ScoreCondition? Parse(StudentMetric metric, string text, int bins)
    {
        var trimmed = text.Trim();
        switch (trimmed)
        {
            case "none":
                return new ScoreCondition(metric, 0, 0);
            case "any":
                return new ScoreCondition(metric, 1, bins);
        }

        (int Min, int Max)? range = null;
        var dots = trimmed.IndexOf("..", StringComparison.Ordinal);
        if (dots > 0 && TryScore(trimmed[..dots], out var low) && TryScore(trimmed[(dots + 2)..], out var high))
        {
            range = (low, high);
        }
        else if (trimmed.StartsWith(">=", StringComparison.Ordinal) && TryScore(trimmed[2..], out var atLeast))
        {
            range = (atLeast, bins);
        }
        else if (trimmed.StartsWith("<=", StringComparison.Ordinal) && TryScore(trimmed[2..], out var atMost))
        {
            range = (1, atMost);
        }
        else if (trimmed.StartsWith('>') && TryScore(trimmed[1..], out var above))
        {
            range = (above + 1, bins);
        }
        else if (trimmed.StartsWith('<') && TryScore(trimmed[1..], out var below))
        {
            range = (1, below - 1);
        }
        else if (TryScore(trimmed.TrimStart('='), out var exact))
        {
            range = (exact, exact);
        }

        return range is var (min, max) && min >= 1 && max <= bins && min <= max
            ? new ScoreCondition(metric, min, max)
            : null;
    }

    private static bool TryScore(string text, out int score) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out score);
}
