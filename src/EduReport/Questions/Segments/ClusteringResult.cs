namespace EduReport.Questions.Segments;

/// <summary>k-means clusters of the students who have a value of every clustered metric.</summary>
/// <param name="Students">Students clustered.</param>
/// <param name="StudentsWithoutValues">Students left out because a clustered metric is undefined for them.</param>
/// <param name="Metrics">The clustered metrics' keys.</param>
/// <param name="Scaling">The mean and standard deviation each metric was standardized with.</param>
/// <param name="SilhouetteSample">How many students the silhouette was computed on (all of them when there are few enough).</param>
/// <param name="Candidates">Each k tried, with its mean silhouette and within-cluster sum of squares.</param>
/// <param name="Clusters">The chosen k, or 0 when there were too few students to cluster.</param>
/// <param name="Silhouette">The mean silhouette of the chosen k, or null when undefined.</param>
/// <param name="Rows">The clusters of the chosen k, largest first, with centroids in original units.</param>
/// <param name="Stability">Agreement of the chosen clustering with reruns under other seeds, or null when none were run.</param>
public sealed record ClusteringResult(
    int Students,
    int StudentsWithoutValues,
    IReadOnlyList<string> Metrics,
    IReadOnlyList<MetricScaling> Scaling,
    int Seed,
    int Restarts,
    int SilhouetteSample,
    IReadOnlyList<ClusterCandidate> Candidates,
    int Clusters,
    double? Silhouette,
    IReadOnlyList<ClusterRow> Rows,
    ClusterStability? Stability)
{
    /// <summary>How many students k-means was fitted on (all of them when there are few enough); the others joined their nearest centroid.</summary>
    public int FitSample { get; init; } = Students;
}

/// <param name="StandardDeviation">The population standard deviation; 0 leaves the metric out of the distances.</param>
public sealed record MetricScaling(string Metric, double Mean, double StandardDeviation);

/// <summary>One k tried: the best of its restarts.</summary>
/// <param name="Silhouette">The mean silhouette from -1 to 1, or null when undefined.</param>
/// <param name="Inertia">The within-cluster sum of squared distances, in standardized units.</param>
public sealed record ClusterCandidate(int Clusters, double? Silhouette, double Inertia, bool Chosen);

/// <summary>One cluster: its size and its centroid, the mean of every metric over its students.</summary>
/// <param name="Number">1 for the largest cluster, 2 for the next, and so on.</param>
public sealed record ClusterRow(int Number, int Students, double Share, IReadOnlyList<MetricMean> Centroid);

/// <summary>The mean of one metric over a group of students; null when no student of the group has a value.</summary>
public sealed record MetricMean(string Metric, double? Mean);

/// <summary>The adjusted Rand index between the chosen clustering and the clustering with each further seed.</summary>
public sealed record ClusterStability(IReadOnlyList<int> Seeds, IReadOnlyList<double> AdjustedRandIndex, double Mean, double Min);
