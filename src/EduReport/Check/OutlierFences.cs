using MathNet.Numerics.Statistics;

namespace EduReport.Check;

/// <summary>
/// Tukey's interquartile-range rule over one measure: values below Q1 - 1.5 IQR or above Q3 + 1.5 IQR
/// are outliers. Quartiles are interpolated as R's type 7 (numpy's default, Excel's QUARTILE.INC).
/// </summary>
/// <param name="Values">How many values the quartiles were computed from.</param>
/// <param name="LowerQuartile">Q1, in days.</param>
/// <param name="UpperQuartile">Q3, in days.</param>
/// <param name="LowerFence">Q1 - 1.5 IQR; smaller values are outliers.</param>
/// <param name="UpperFence">Q3 + 1.5 IQR; larger values are outliers.</param>
/// <param name="Below">Values below the lower fence.</param>
/// <param name="Above">Values above the upper fence.</param>
public sealed record OutlierFences(
    long Values,
    double LowerQuartile,
    double UpperQuartile,
    double LowerFence,
    double UpperFence,
    long Below,
    long Above)
{
    /// <summary>The multiple of the IQR between a quartile and its fence.</summary>
    public const double Multiplier = 1.5;

    /// <summary>Computes the fences of <paramref name="values"/>, which it reorders; null for fewer than 4 values.</summary>
    public static OutlierFences? Compute(float[] values)
    {
        if (values.Length < 4)
        {
            return null;
        }

        var q1 = ArrayStatistics.QuantileCustomInplace(values, 0.25, QuantileDefinition.R7);
        var q3 = ArrayStatistics.QuantileCustomInplace(values, 0.75, QuantileDefinition.R7);
        var iqr = q3 - q1;
        var lower = q1 - (Multiplier * iqr);
        var upper = q3 + (Multiplier * iqr);
        long below = 0;
        long above = 0;
        foreach (var value in values)
        {
            below += value < lower ? 1 : 0;
            above += value > upper ? 1 : 0;
        }

        return new OutlierFences(values.Length, q1, q3, lower, upper, below, above);
    }

    public bool IsOutlier(double value) => value < LowerFence || value > UpperFence;
}
