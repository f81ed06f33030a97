using EduReport.Configuration;

namespace EduReport.Questions.Segments;

/// <summary>The k-means clustering of students, as configured under "clustering" in config/segments.json.</summary>
/// <param name="Metrics">The metrics clustered on, each standardized to mean 0 and standard deviation 1.</param>
/// <param name="MinClusters">The smallest k tried.</param>
/// <param name="MaxClusters">The largest k tried; the k with the highest mean silhouette wins.</param>
/// <param name="Seed">The seed of the first restart and of the silhouette sample.</param>
/// <param name="Restarts">Runs per k, each with its own seed; the one with the lowest within-cluster sum of squares is kept.</param>
/// <param name="MaxIterations">The iteration limit of one k-means run.</param>
/// <param name="StabilitySeeds">Further seeds with which the chosen k is clustered again to measure stability.</param>
/// <param name="SilhouetteSample">The silhouette is computed on at most this many students, drawn with the seed.</param>
public sealed record ClusteringSettings(
    IReadOnlyList<StudentMetric> Metrics,
    int MinClusters,
    int MaxClusters,
    int Seed,
    int Restarts,
    int MaxIterations,
    int StabilitySeeds,
    int SilhouetteSample)
{
    /// <summary>The default of <see cref="FitSample"/>: enough students for stable centroids, few enough that the restarts stay fast.</summary>
    public const int DefaultFitSample = 20_000;

    /// <summary>The maximum number of students k-means is fitted on. With more, a seeded sample is fitted and the rest join their nearest centroid.</summary>
    public int FitSample { get; init; } = DefaultFitSample;

    /// <summary>Reads the "clustering" object of config/segments.json.</summary>
    public static ClusteringSettings Read(ConfigNode node)
    {
        node.AllowOnly("metrics", "minClusters", "maxClusters", "seed", "restarts", "maxIterations", "stabilitySeeds", "silhouetteSample", "fitSample");
        var allKeys = string.Join(", ", StudentMetricKeys.All.Select(StudentMetricKeys.Key));
        var metricsNode = node.Required("metrics");
        var metrics = new List<StudentMetric>();
        foreach (var item in metricsNode.Items())
        {
            if (!StudentMetricKeys.TryParse(item.Text(), out var metric) || metrics.Contains(metric))
            {
                throw item.Invalid("Config_ExpectMetric", allKeys);
            }

            metrics.Add(metric);
        }

        if (metrics.Count == 0)
        {
            throw metricsNode.Invalid("Config_ExpectMetric", allKeys);
        }

        var minClusters = node.Required("minClusters").WholeNumber(2, 10);
        var maxNode = node.Required("maxClusters");
        var maxClusters = maxNode.WholeNumber(2, 10);
        if (maxClusters < minClusters)
        {
            throw maxNode.Invalid("Config_ExpectClusterRange");
        }

        return new ClusteringSettings(
            metrics,
            minClusters,
            maxClusters,
            node.Required("seed").WholeNumber(0, int.MaxValue - 1_000_000),
            node.Required("restarts").WholeNumber(1, 100),
            node.Required("maxIterations").WholeNumber(1, 100_000),
            node.Required("stabilitySeeds").WholeNumber(0, 20),
            node.Required("silhouetteSample").WholeNumber(100, 100_000))
        {
            FitSample = node.Optional("fitSample")?.WholeNumber(100, 10_000_000) ?? DefaultFitSample,
        };
    }
}
