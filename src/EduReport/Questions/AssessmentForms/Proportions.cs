using MathNet.Numerics.Distributions;

namespace EduReport.Questions.AssessmentForms;

/// <summary>Shares with 95% confidence intervals.</summary>
public static class Proportions
{
    /// <summary>The two-sided 95% quantile of the standard normal distribution, about 1.96.</summary>
    private static readonly double Z = Normal.InvCDF(0, 1, 0.975);

    /// <summary>Returns <paramref name="part"/> over <paramref name="whole"/>, or null when the whole is 0.</summary>
    public static double? Share(int part, int whole) => whole == 0 ? null : (double)part / whole;

    /// <summary>Returns the 95% Wilson score interval of <paramref name="successes"/> out of <paramref name="trials"/>, or null for no trials.</summary>
    public static Interval? Wilson(int successes, int trials)
    {
        if (trials == 0)
        {
            return null;
        }

        var p = (double)successes / trials;
        var z2 = Z * Z;
        var denominator = 1 + (z2 / trials);
        var centre = (p + (z2 / (2 * trials))) / denominator;
        var half = Z / denominator * Math.Sqrt((p * (1 - p) / trials) + (z2 / (4.0 * trials * trials)));
        return new Interval(Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>Returns the 95% interval of Pearson's r by Fisher's z transformation, or null when n ≤ 3 or |r| = 1.</summary>
    public static Interval? Fisher(double r, int n)
    {
        if (n <= 3 || !double.IsFinite(r) || Math.Abs(r) >= 1)
        {
            return null;
        }

        var z = Math.Atanh(r);
        var half = Z / Math.Sqrt(n - 3);
        return new Interval(Math.Tanh(z - half), Math.Tanh(z + half));
    }
}
