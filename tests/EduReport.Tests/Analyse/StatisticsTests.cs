using EduReport.Analyse.Statistics;

namespace EduReport.Tests.Analyse;

/// <summary>
/// The statistics helpers against values worked out independently. Wilson bounds and chi-squared
/// p-values come from the textbook formulas evaluated with Python 3's statistics.NormalDist and
/// math.erfc, which share no code with EduReport. The other values are worked out in the comments.
/// </summary>
public sealed class StatisticsTests
{
    [Theory]
    // Python: p = k/n, z = NormalDist().inv_cdf(0.975), centre = (p + z²/2n)/(1 + z²/n),
    // half width = z/(1 + z²/n) · sqrt(p(1 − p)/n + z²/4n²).
    [InlineData(3, 4, 0.300641842582402, 0.9544127391902995)]
    [InlineData(81, 263, 0.2552885198782743, 0.3662095769828001)]
    [InlineData(1, 2, 0.09453120573423074, 0.9054687942657693)]
    // At 0 and n successes one bound is exactly 0 or 1, and the other is n/(n + z²) from the edge.
    [InlineData(0, 10, 0, 0.27753279986288915)]
    [InlineData(10, 10, 0.7224672001371109, 1)]
    [InlineData(1, 1, 0.20654931437723745, 1)]
    public void WilsonIntervalMatchesFormula(int successes, int trials, double low, double high)
    {
        var interval = WilsonInterval.Compute(successes, trials);

        Assert.NotNull(interval);
        Assert.Equal(low, interval.Value.Low, 9);
        Assert.Equal(high, interval.Value.High, 9);
    }

    [Fact]
    public void WilsonIntervalOfNoTrialsIsNull()
    {
        Assert.Null(WilsonInterval.Compute(0, 0));
    }

    [Fact]
    public void WilsonIntervalRejectsMoreSuccessesThanTrials()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Compute(5, 4));
    }

    [Fact]
    public void ProportionOfNoTrialsHasNoRate()
    {
        var proportion = Proportion.Of(0, 0);

        Assert.Null(proportion.Rate);
        Assert.Null(proportion.CiLow);
        Assert.Null(proportion.CiHigh);
    }

    [Fact]
    public void TwoProportionsMatchesHandComputation()
    {
        // 30 of 100 against 45 of 100: pooled rate 75/200 = 0.375, so every expected count is
        // 37.5 successes and 62.5 failures. X² = 2 · 7.5²/37.5 + 2 · 7.5²/62.5 = 3 + 1.8 = 4.8.
        // With one degree of freedom p = erfc(sqrt(4.8 / 2)) = 0.02845973691631057 (Python math.erfc).
        var test = ProportionTest.TwoProportions(30, 100, 45, 100);

        Assert.NotNull(test);
        Assert.Equal(4.8, test.Statistic, 10);
        Assert.Equal(1, test.DegreesOfFreedom);
        Assert.Equal(0.02845973691631057, test.PValue, 12);
    }

    [Fact]
    public void HomogeneityOfThreeGroupsMatchesHandComputation()
    {
        // 10, 20 and 30 successes of 50 each: pooled 60/150 = 0.4, expected 20 successes and 30 failures
        // per group. X² = 100/20 + 0 + 100/20 + 100/30 + 0 + 100/30 = 16.6667 with 2 degrees of freedom,
        // whose upper tail is exp(−X²/2) = exp(−8.3333) = 0.00024036947641951404.
        var test = ProportionTest.Homogeneity([(10, 50), (20, 50), (30, 50)]);

        Assert.NotNull(test);
        Assert.Equal(50.0 / 3, test.Statistic, 10);
        Assert.Equal(2, test.DegreesOfFreedom);
        Assert.Equal(Math.Exp(-25.0 / 3), test.PValue, 14);
    }

    [Fact]
    public void TinyPValuesStayPositive()
    {
        // 1 − CDF would round to 0 here; the upper tail keeps the order of very small p-values.
        var test = ProportionTest.TwoProportions(100, 1000, 900, 1000);

        Assert.NotNull(test);
        Assert.InRange(test.PValue, double.Epsilon, 1e-100);
    }

    [Theory]
    // Expected counts of 2 (pooled rate 0.5 of 4 trials) are below 5.
    [InlineData(1, 4, 3, 4)]
    // Every trial succeeded, so there is no variation to test.
    [InlineData(10, 10, 20, 20)]
    // One group without trials leaves a single group.
    [InlineData(5, 10, 0, 0)]
    public void UntestableTablesGiveNull(int successesA, int trialsA, int successesB, int trialsB)
    {
        Assert.Null(ProportionTest.TwoProportions(successesA, trialsA, successesB, trialsB));
    }

    [Fact]
    public void HolmAdjustsInStepDownOrder()
    {
        // Sorted: 0.005 · 4 = 0.02, 0.01 · 3 = 0.03, 0.03 · 2 = 0.06, 0.04 · 1 = 0.04, which the
        // running maximum raises to 0.06. Results come back in the input order.
        var adjusted = HolmCorrection.Adjust([0.01, 0.04, 0.03, 0.005]);

        Assert.Equal(0.03, adjusted[0], 12);
        Assert.Equal(0.06, adjusted[1], 12);
        Assert.Equal(0.06, adjusted[2], 12);
        Assert.Equal(0.02, adjusted[3], 12);
    }

    [Fact]
    public void HolmCapsAtOne()
    {
        // 0.6 · 2 = 1.2 is capped at 1, and 0.7 · 1 = 0.7 is raised to the running maximum of 1.
        var adjusted = HolmCorrection.Adjust([0.7, 0.6]);

        Assert.Equal([1.0, 1.0], adjusted);
    }

    [Fact]
    public void HolmOfNothingIsEmpty()
    {
        Assert.Empty(HolmCorrection.Adjust([]));
    }

    [Fact]
    public void SummaryOfOddSampleMatchesHandComputation()
    {
        // 1, 2, 3, 4, 10: mean 4; sample variance (9 + 4 + 1 + 0 + 36)/4 = 12.5, SD 3.5355339.
        // Type 7 quartiles: positions (n − 1)p = 1 and 3, the values 2 and 4; median 3.
        // Skewness: m2 = 50/5 = 10, m3 = (−27 − 8 − 1 + 0 + 216)/5 = 36, g1 = 36/10^1.5 = 1.1384199,
        // G1 = g1 · sqrt(5 · 4)/3 = 1.6970563.
        var summary = SummaryStatistics.From([10, 1, 4, 2, 3]);

        Assert.Equal(5, summary.Count);
        Assert.Equal(4, summary.Mean!.Value, 12);
        Assert.Equal(Math.Sqrt(12.5), summary.StandardDeviation!.Value, 12);
        Assert.Equal(1, summary.Min);
        Assert.Equal(2, summary.LowerQuartile!.Value, 12);
        Assert.Equal(3, summary.Median!.Value, 12);
        Assert.Equal(4, summary.UpperQuartile!.Value, 12);
        Assert.Equal(10, summary.Max);
        Assert.Equal(1.6970562748477143, summary.Skewness!.Value, 10);
    }

    [Fact]
    public void SummaryOfEvenSampleInterpolates()
    {
        // 1, 2, 3, 4: median halfway between 2 and 3; Q1 at position 0.75, 1 + 0.75 · (2 − 1) = 1.75;
        // Q3 at position 2.25, 3 + 0.25 · (4 − 3) = 3.25. A symmetric sample has skewness 0.
        var summary = SummaryStatistics.From([4, 3, 2, 1]);

        Assert.Equal(2.5, summary.Median!.Value, 12);
        Assert.Equal(1.75, summary.LowerQuartile!.Value, 12);
        Assert.Equal(3.25, summary.UpperQuartile!.Value, 12);
        Assert.Equal(0, summary.Skewness!.Value, 12);
    }

    [Fact]
    public void SummaryOfOneValueHasNoSpread()
    {
        var summary = SummaryStatistics.From([7]);

        Assert.Equal(7, summary.Mean);
        Assert.Equal(7, summary.Median);
        Assert.Null(summary.StandardDeviation);
        Assert.Null(summary.Skewness);
    }

    [Fact]
    public void SummaryOfEqualValuesHasNoSkewness()
    {
        var summary = SummaryStatistics.From([5, 5, 5, 5]);

        Assert.Equal(0, summary.StandardDeviation);
        Assert.Null(summary.Skewness);
    }

    [Fact]
    public void SummaryOfNothingIsEmpty()
    {
        var summary = SummaryStatistics.From([]);

        Assert.Equal(0, summary.Count);
        Assert.Null(summary.Mean);
        Assert.Null(summary.Median);
    }

    [Fact]
    public void HistogramWithClosedUpperEdgeKeepsTheMaximum()
    {
        // Bins of 10 from 0 to 100: 0 and 9.9 in the first, 10 in the second, 55 in [50, 60),
        // and 100 in the last bin [90, 100] because its upper edge is closed. −1 lies below.
        var histogram = Histogram.Build([0, 9.9, 10, 55, 100, -1], 0, 100, 10, closedUpperEdge: true);

        Assert.Equal(10, histogram.Bins.Count);
        Assert.Equal([2, 1, 0, 0, 0, 1, 0, 0, 0, 1], histogram.Bins.Select(b => b.Count));
        Assert.Equal(90, histogram.Bins[^1].From);
        Assert.Equal(100, histogram.Bins[^1].To);
        Assert.Equal(1, histogram.Below);
        Assert.Equal(0, histogram.Above);
    }

    [Fact]
    public void HistogramWithOpenUpperEdgeCountsItAbove()
    {
        // Daily bins from −2 to 3 hold −2, −1, 0, 1 and 2; the value 3 is the upper edge, so above.
        var histogram = Histogram.Build([-2, 0, 0, 2, 3, 7], -2, 3, 1);

        Assert.Equal([1, 0, 2, 0, 1], histogram.Bins.Select(b => b.Count));
        Assert.Equal(2, histogram.Above);
    }

    [Fact]
    public void CentralRangeHistogramLeavesExtremesOut()
    {
        // 0 to 99 and one outlier at 10 000 (101 values). Type 7 percentiles: the 1st at position 1,
        // value 1, and the 99th at position 99, value 99. Weekly bins from 0 to 105 hold 0 to 99 and
        // leave the outlier above.
        var values = Enumerable.Range(0, 100).Select(i => (double)i).Append(10_000).ToArray();

        var histogram = Histogram.BuildOverCentralRange(values, 7);

        Assert.Equal(0, histogram.Bins[0].From);
        Assert.Equal(105, histogram.Bins[^1].To);
        Assert.Equal(0, histogram.Below);
        Assert.Equal(1, histogram.Above);
        Assert.Equal(100, histogram.Bins.Sum(b => b.Count));
    }

    [Fact]
    public void CentralRangeReachesRequestedValue()
    {
        // The 1st percentile of −3, 10, 11, …, 109 (101 values) is at position 1, the value 10, so the
        // window would start at 7. Asking it to reach −1 starts it at −7, and −3 falls in the first bin.
        var values = Enumerable.Range(10, 100).Select(i => (double)i).Prepend(-3).ToArray();

        var histogram = Histogram.BuildOverCentralRange(values, 7, reachDownTo: -1);

        Assert.Equal(-7, histogram.Bins[0].From);
        Assert.Equal(1, histogram.Bins[0].Count);
        Assert.Equal(0, histogram.Below);
    }
}
