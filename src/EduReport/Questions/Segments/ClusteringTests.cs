using System.Text.Json;

namespace EduReport.Questions.Segments;

public sealed class ClusteringTests
{
    private static readonly ClusteringSettings Settings = new(
        [StudentMetric.Monetary, StudentMetric.LeadTime],
        MinClusters: 2,
        MaxClusters: 5,
        Seed: 42,
        Restarts: 5,
        MaxIterations: 1000,
        StabilitySeeds: 3,
        SilhouetteSample: 1000);

    /// <summary>
    /// Sixty students in three well-separated groups of twenty on (M, lead time): around (30, 10),
    /// (60, 100) and (90, 200), each point off its group's centre by at most 2. Student 60 lacks M.
    /// </summary>
    private static StudentMetrics ThreeGroups()
    {
        var values = StudentMetricKeys.All.Select(_ => new double[61]).ToArray();
        for (var student = 0; student < 60; student++)
        {
            var group = student / 20;
            values[(int)StudentMetric.Monetary][student] = 30 + (30 * group) + (student % 5) - 2;
            values[(int)StudentMetric.LeadTime][student] = 10 + (95 * group) + (student % 3) - 1;
        }

        values[(int)StudentMetric.Monetary][60] = double.NaN;
        values[(int)StudentMetric.LeadTime][60] = 50;
        return StudentMetrics.FromValues(values);
    }

    [Fact]
    public void FindsThreeSeparatedGroups()
    {
        var result = ClusteringAnalysis.Compute(ThreeGroups(), Settings);

        Assert.Equal(60, result.Students);
        Assert.Equal(1, result.StudentsWithoutValues);
        Assert.Equal(3, result.Clusters);
        Assert.Equal([20, 20, 20], result.Rows.Select(r => r.Students));
        // The groups are far apart against their spread, so the mean silhouette is close to 1.
        Assert.True(result.Silhouette > 0.9, $"silhouette {result.Silhouette}");
        // Centroids are in original units. In each group the offsets -2 to 2 of M appear four times
        // each and average 0, so the group's mean M is its centre: 30, 60 or 90.
        var monetary = result.Rows.Select(r => r.Centroid.Single(m => m.Metric == "monetary").Mean!.Value).Order().ToArray();
        Assert.Equal([30.0, 60.0, 90.0], monetary.Select(m => Math.Round(m, 9)));
        Assert.Equal(1.0, result.Stability!.Min, 12);
    }

    [Fact]
    public void FitSampleAssignsTheRestToNearestCentroid()
    {
        var result = ClusteringAnalysis.Compute(ThreeGroups(), Settings with { FitSample = 30 });

        // A sample of 30 of the 60 students contains some of each group, because the groups are 20 each
        // and drawing 30 without any of one group has a probability below 1e-5. The 30 others then
        // join the nearest centroid, which is their own group's.
        Assert.Equal(30, result.FitSample);
        Assert.Equal(60, result.Students);
        Assert.Equal(3, result.Clusters);
        Assert.Equal([20, 20, 20], result.Rows.Select(r => r.Students));
    }

    [Fact]
    public void SmallDataFitsEveryStudent()
    {
        var result = ClusteringAnalysis.Compute(ThreeGroups(), Settings);

        Assert.Equal(60, result.FitSample);
    }

    [Fact]
    public void SameInputGivesSameClusters()
    {
        var first = JsonSerializer.Serialize(ClusteringAnalysis.Compute(ThreeGroups(), Settings));
        var second = JsonSerializer.Serialize(ClusteringAnalysis.Compute(ThreeGroups(), Settings));

        Assert.Equal(first, second);
    }

    [Fact]
    public void TooFewStudentsGiveNoClusters()
    {
        var values = StudentMetricKeys.All.Select(_ => new double[2]).ToArray();

        var result = ClusteringAnalysis.Compute(StudentMetrics.FromValues(values), Settings);

        // Two students allow at most k = 1, below the smallest k tried (2).
        Assert.Equal(0, result.Clusters);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void AdjustedRandIndexMatchesHandValue()
    {
        // Pairs: C(4,2) = 6. Contingency cells (0,0) = 2, (1,1) = 1, (1,2) = 1, so the index is 1.
        // Row pairs 1 + 1 = 2, column pairs 1 + 0 + 0 = 1, expected 2 × 1 / 6 = 1/3, maximum 1.5.
        // ARI = (1 - 1/3) / (1.5 - 1/3) = 4/7.
        Assert.Equal(4.0 / 7, ClusterMeasures.AdjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2]), 12);
        Assert.Equal(1.0, ClusterMeasures.AdjustedRandIndex([0, 0, 1, 1], [1, 1, 0, 0]), 12);
    }

    [Fact]
    public void SilhouetteMatchesHandValue()
    {
        // Points 0, 1 | 10, 11 on a line. Point 0: a = 1, b = (10 + 11) / 2 = 10.5, s = 9.5 / 10.5.
        // Point 1: a = 1, b = (9 + 10) / 2 = 9.5, s = 8.5 / 9.5. The other two mirror these.
        double[][] points = [[0], [1], [10], [11]];
        var expected = ((9.5 / 10.5) + (8.5 / 9.5)) / 2;

        Assert.Equal(expected, ClusterMeasures.MeanSilhouette(points, [0, 0, 1, 1], [0, 1, 2, 3]), 12);
    }
}
