using MathNet.Numerics;

namespace EduReport.Analyse.Statistics;

/// <summary>
/// Pearson's chi-squared test of equal proportions, without continuity correction. For two groups it
/// equals the two-sided two-proportion z-test with a pooled variance.
/// </summary>
public static class ProportionTest
{
    /// <summary>The smallest expected cell count for which the chi-squared approximation is trusted.</summary>
    public const double MinExpectedCount = 5;

    /// <summary>
    /// Tests whether the groups share one proportion of successes. Returns null when fewer than two
    /// groups have trials, when every trial succeeded or every trial failed, or when an expected cell
    /// count is below <see cref="MinExpectedCount"/>.
    /// </summary>
    public static ChiSquaredResult? Homogeneity(IReadOnlyList<(int Successes, int Trials)> groups)
    {
        var used = groups.Where(g => g.Trials > 0).ToArray();
        long successes = used.Sum(g => (long)g.Successes);
        long trials = used.Sum(g => (long)g.Trials);
        if (used.Length < 2 || successes == 0 || successes == trials)
        {
            return null;
        }

        var pooled = (double)successes / trials;
        var statistic = 0.0;
        var minExpected = double.MaxValue;
        foreach (var (groupSuccesses, groupTrials) in used)
        {
            var expectedSuccesses = groupTrials * pooled;
            var expectedFailures = groupTrials * (1 - pooled);
            minExpected = Math.Min(minExpected, Math.Min(expectedSuccesses, expectedFailures));
            statistic += Square(groupSuccesses - expectedSuccesses) / expectedSuccesses;
            statistic += Square(groupTrials - groupSuccesses - expectedFailures) / expectedFailures;
        }

        if (minExpected < MinExpectedCount)
        {
            return null;
        }

        var degreesOfFreedom = used.Length - 1;
        return new ChiSquaredResult(statistic, degreesOfFreedom, UpperTail(degreesOfFreedom, statistic));
    }

    /// <summary>Tests one group against another: a 2 × 2 table with one degree of freedom.</summary>
    public static ChiSquaredResult? TwoProportions(int successesA, int trialsA, int successesB, int trialsB) =>
        Homogeneity([(successesA, trialsA), (successesB, trialsB)]);

    private static double Square(double x) => x * x;

    /// <summary>
    /// Returns P(X² ≥ statistic) of the chi-squared distribution, the regularized upper incomplete gamma
    /// function Q(k/2, x/2). Computing it directly, not as 1 − CDF, keeps p-values far below 1e-16 apart.
    /// </summary>
    private static double UpperTail(int degreesOfFreedom, double statistic) =>
        SpecialFunctions.GammaUpperRegularized(degreesOfFreedom / 2.0, statistic / 2);
}

/// <summary>The outcome of a chi-squared test.</summary>
/// <param name="Statistic">Pearson's X² statistic.</param>
/// <param name="PValue">The probability of an X² at least this large if all proportions were equal.</param>
public sealed record ChiSquaredResult(double Statistic, int DegreesOfFreedom, double PValue);
