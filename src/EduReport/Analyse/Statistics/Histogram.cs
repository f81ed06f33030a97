using MathNet.Numerics.Statistics;

namespace EduReport.Analyse.Statistics;

/// <summary>
/// Counts of a sample in bins of equal width over a window. Each bin contains values from its lower
/// edge up to, but not including, its upper edge. When the window's upper edge is closed, the last
/// bin also contains that edge, as a score of 100 belongs in the bin from 90 to 100.
/// </summary>
/// <param name="Below">Values below the window.</param>
/// <param name="Above">Values above the window.</param>
public sealed record Histogram(double BinWidth, IReadOnlyList<HistogramBin> Bins, int Below, int Above)
{
    public static Histogram Empty { get; } = new(0, [], 0, 0);

    /// <summary>Counts <paramref name="values"/> in bins of <paramref name="width"/> from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="closedUpperEdge">Whether a value equal to <paramref name="to"/> falls in the last bin rather than above the window.</param>
    public static Histogram Build(IEnumerable<double> values, double from, double to, double width, bool closedUpperEdge = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(to, from);
        var binCount = (int)Math.Ceiling(((to - from) / width) - 1e-9);
        var counts = new int[binCount];
        var (below, above) = (0, 0);
        foreach (var value in values)
        {
            if (value < from)
            {
                below++;
            }
            else if (value > to || (value == to && !closedUpperEdge))
            {
                above++;
            }
            else
            {
                counts[Math.Min((int)Math.Floor((value - from) / width), binCount - 1)]++;
            }
        }

        var bins = counts
            .Select((count, i) => new HistogramBin(from + (i * width), Math.Min(to, from + ((i + 1) * width)), count))
            .ToArray();
        return new Histogram(width, bins, below, above);
    }

    /// <summary>
    /// Counts sorted values in bins of <paramref name="width"/> over a window of whole bins from the 1st
    /// to the 99th percentile, so that a few extreme values do not squeeze the rest into one bar.
    /// </summary>
    /// <param name="reachDownTo">A value the window must include even when it lies below the 1st percentile, or null.</param>
    public static Histogram BuildOverCentralRange(double[] sorted, double width, double? reachDownTo = null)
    {
        if (sorted.Length == 0)
        {
            return Empty;
        }

        var low = SortedArrayStatistics.QuantileCustom(sorted, 0.01, QuantileDefinition.R7);
        var high = SortedArrayStatistics.QuantileCustom(sorted, 0.99, QuantileDefinition.R7);
        var from = Math.Floor(Math.Min(low, reachDownTo ?? low) / width) * width;
        var to = (Math.Floor(high / width) * width) + width;
        return Build(sorted, from, to, width);
    }
}

/// <summary>One bin of a histogram: values from <paramref name="From"/> up to <paramref name="To"/>.</summary>
public sealed record HistogramBin(double From, double To, int Count);
