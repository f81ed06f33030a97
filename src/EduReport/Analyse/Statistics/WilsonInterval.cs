using MathNet.Numerics.Distributions;

namespace EduReport.Analyse.Statistics;

/// <summary>
/// The Wilson score interval of a proportion. Unlike the normal (Wald) interval it stays within 0
/// and 1 and behaves well for rates near 0 or 1 and for small samples.
/// </summary>
public static class WilsonInterval
{
    /// <summary>The confidence level of every interval in the report.</summary>
    public const double Confidence = 0.95;

    private static readonly double Z = Normal.InvCDF(0, 1, 1 - ((1 - Confidence) / 2));

    /// <summary>Returns the 95% interval of <paramref name="successes"/> out of <paramref name="trials"/>, or null when there are no trials.</summary>
    public static (double Low, double High)? Compute(int successes, int trials)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        if (trials == 0)
        {
            return null;
        }

        double n = trials;
        var p = successes / n;
        var z2 = Z * Z;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var halfWidth = Z / (1 + (z2 / n)) * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));

        // At 0 and 1 successes the bound equals the rate exactly; rounding must not move it past.
        var low = successes == 0 ? 0 : Math.Max(0, centre - halfWidth);
        var high = successes == trials ? 1 : Math.Min(1, centre + halfWidth);
        return (low, high);
    }
}
