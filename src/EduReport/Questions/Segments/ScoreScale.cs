namespace EduReport.Questions.Segments;

/// <summary>How a metric's values were turned into scores.</summary>
public enum ScaleMethod
{
    /// <summary>Quantile boundaries, so that each score holds about the same number of students.</summary>
    Quantile,

    /// <summary>Fixed levels from the configuration, used when quantile boundaries leave a score empty.</summary>
    FixedLevels,
}

/// <summary>One level of a scale: values from <paramref name="AtLeast"/> up to the next level's bound score <paramref name="Score"/>.</summary>
/// <param name="AtLeast">The inclusive lower bound, or null for the lowest level, which takes every lower value.</param>
public sealed record ScoreLevel(int Score, double? AtLeast);

/// <summary>
/// Turns a metric's values into scores from 1 (lowest values) to the number of bins. A score depends
/// only on the value, so equal values always get the same score and ties are never split. A value
/// exactly on a boundary goes to the upper score. A missing value (NaN) scores 0.
/// </summary>
public sealed class ScoreScale
{
    private ScoreScale(ScaleMethod method, bool nearlyConstant, IReadOnlyList<ScoreLevel> levels)
    {
        Method = method;
        NearlyConstant = nearlyConstant;
        Levels = levels;
    }

    public ScaleMethod Method { get; }

    /// <summary>Whether quantile boundaries left at least one score without students, as for a metric that most students share one value of.</summary>
    public bool NearlyConstant { get; }

    /// <summary>The levels in ascending order of bound and score.</summary>
    public IReadOnlyList<ScoreLevel> Levels { get; }

    /// <summary>
    /// Builds the scale of <paramref name="values"/>. With n values sorted ascending, the boundary of
    /// score k + 1 is the value at 0-based position ⌊k·n / bins⌋, so that without ties exactly
    /// ⌊k·n / bins⌋ values lie below it. When these boundaries leave a score empty, the metric is
    /// nearly constant and <paramref name="fixedLevels"/>, if any, replace them.
    /// </summary>
    public static ScoreScale Build(IReadOnlyList<double> values, int bins, IReadOnlyList<FixedLevel> fixedLevels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 2);
        var sorted = values.Where(double.IsFinite).ToArray();
        Array.Sort(sorted);
        if (sorted.Length == 0)
        {
            return new ScoreScale(ScaleMethod.Quantile, nearlyConstant: false, [new ScoreLevel(1, null)]);
        }

        var levels = new List<ScoreLevel> { new(1, null) };
        for (var k = 1; k < bins; k++)
        {
            levels.Add(new ScoreLevel(k + 1, sorted[(int)((long)k * sorted.Length / bins)]));
        }

        var quantile = new ScoreScale(ScaleMethod.Quantile, nearlyConstant: false, levels);
        var counts = quantile.CountByScore(sorted);
        var nearlyConstant = levels.Any(level => counts[level.Score] == 0);
        if (!nearlyConstant)
        {
            return quantile;
        }

        if (fixedLevels.Count == 0)
        {
            return new ScoreScale(ScaleMethod.Quantile, nearlyConstant: true, levels);
        }

        var fixedScale = fixedLevels.Select(level => new ScoreLevel(level.Score, level.AtLeast)).Prepend(new ScoreLevel(1, null)).ToArray();
        return new ScoreScale(ScaleMethod.FixedLevels, nearlyConstant: true, fixedScale);
    }

    /// <summary>Returns the score of <paramref name="value"/>: 0 when it is missing.</summary>
    public int Score(double value)
    {
        if (!double.IsFinite(value))
        {
            return 0;
        }

        for (var i = Levels.Count - 1; i > 0; i--)
        {
            if (value >= Levels[i].AtLeast)
            {
                return Levels[i].Score;
            }
        }

        return Levels[0].Score;
    }

    /// <summary>Returns how many of <paramref name="values"/> get each score, indexed by score (index 0 counts missing values).</summary>
    public int[] CountByScore(IEnumerable<double> values)
    {
        var counts = new int[Levels[^1].Score + 1];
        foreach (var value in values)
        {
            counts[Score(value)]++;
        }

        return counts;
    }
}
