namespace EduReport.Analyse.Statistics;

/// <summary>A chi-squared test and its verdict at the report's significance level.</summary>
/// <param name="Significant">Whether the p-value is at most the significance level.</param>
public sealed record SignificanceTest(double Statistic, int DegreesOfFreedom, double PValue, double SignificanceLevel, bool Significant)
{
    /// <summary>Returns the verdict on <paramref name="test"/> at level <paramref name="alpha"/>, or null when the test could not be run.</summary>
    public static SignificanceTest? Of(ChiSquaredResult? test, double alpha) =>
        test is null ? null : new(test.Statistic, test.DegreesOfFreedom, test.PValue, alpha, test.PValue <= alpha);
}
