using MathNet.Numerics.Statistics;

namespace EduReport.Analyse.Statistics;

/// <summary>
/// Summary statistics of a sample. Quartiles and the median interpolate linearly between order
/// statistics (Hyndman and Fan type 7, the default of R and NumPy and Excel's QUARTILE.INC). The
/// standard deviation is the sample one (divided by n − 1), and the skewness is the adjusted
/// Fisher–Pearson coefficient G1 (Excel's SKEW). Each value is null when the sample is too small for it.
/// </summary>
/// <param name="StandardDeviation">Null for fewer than two values.</param>
/// <param name="Skewness">Null for fewer than three values or when all values are equal.</param>
public sealed record SummaryStatistics(
    int Count,
    double? Mean,
    double? StandardDeviation,
    double? Min,
    double? LowerQuartile,
    double? Median,
    double? UpperQuartile,
    double? Max,
    double? Skewness)
{
    public static SummaryStatistics Empty { get; } = new(0, null, null, null, null, null, null, null, null);

    /// <summary>Computes the statistics of <paramref name="sorted"/>, which must be in ascending order.</summary>
    public static SummaryStatistics FromSorted(double[] sorted)
    {
        if (sorted.Length == 0)
        {
            return Empty;
        }

        double Quantile(double tau) => SortedArrayStatistics.QuantileCustom(sorted, tau, QuantileDefinition.R7);
        var standardDeviation = sorted.Length >= 2 ? sorted.StandardDeviation() : double.NaN;
        var skewness = sorted.Length >= 3 && standardDeviation > 0 ? sorted.Skewness() : double.NaN;
        return new SummaryStatistics(
            Count: sorted.Length,
            Mean: sorted.Mean(),
            StandardDeviation: Finite(standardDeviation),
            Min: sorted[0],
            LowerQuartile: Quantile(0.25),
            Median: Quantile(0.5),
            UpperQuartile: Quantile(0.75),
            Max: sorted[^1],
            Skewness: Finite(skewness));
    }

    /// <summary>Copies and sorts <paramref name="values"/>, then computes their statistics.</summary>
    public static SummaryStatistics From(IEnumerable<double> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return FromSorted(sorted);
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
