namespace EduReport.Questions.Segments;

/// <summary>
/// Clusters students with k-means on standardized metrics. Each k in the configured range keeps the
/// best of several seeded restarts, and the k with the highest mean silhouette wins (the smaller k on
/// a tie). The chosen k is then rerun with further seeds, and the adjusted Rand index against them
/// measures how stable the clusters are. Equal input and settings give equal output.
/// </summary>
public static class ClusteringAnalysis
{
    /// <summary>Seeds of stability reruns are this far apart from the main seed, so they never reuse a restart's seed.</summary>
    private const int StabilitySeedStep = 10_000;

    public static ClusteringResult Compute(StudentMetrics metrics, ClusteringSettings settings)
    {
        var keys = settings.Metrics.Select(StudentMetricKeys.Key).ToArray();
        var students = Enumerable.Range(0, metrics.Count)
            .Where(s => settings.Metrics.All(m => double.IsFinite(metrics[m][s])))
            .ToArray();
        var scaling = settings.Metrics.Select(m => Scale(m, students.Select(s => metrics[m][s]).ToArray())).ToArray();
        var points = students.Select(s => Standardize(metrics, settings.Metrics, scaling, s)).ToArray();
        var excluded = metrics.Count - students.Length;

        var largestK = Math.Min(settings.MaxClusters, students.Length - 1);
        if (largestK < settings.MinClusters)
        {
            return new ClusteringResult(students.Length, excluded, keys, scaling, settings.Seed, settings.Restarts, 0, [], 0, null, [], null);
        }

        var sample = Sample(students.Length, settings.SilhouetteSample, settings.Seed);
        var candidates = new List<(int K, Partition Partition, double Silhouette)>();
        for (var k = settings.MinClusters; k <= largestK; k++)
        {
            var partition = Best(points, k, settings.Seed, settings);
            candidates.Add((k, partition, ClusterMeasures.MeanSilhouette(points, partition.Labels, sample)));
        }

        var chosen = candidates
            .Where(c => double.IsFinite(c.Silhouette))
            .OrderByDescending(c => c.Silhouette)
            .ThenBy(c => c.K)
            .DefaultIfEmpty(candidates[0])
            .First();

        return new ClusteringResult(
            students.Length,
            excluded,
            keys,
            scaling,
            settings.Seed,
            settings.Restarts,
            sample.Length,
            candidates.Select(c => new ClusterCandidate(c.K, double.IsFinite(c.Silhouette) ? c.Silhouette : null, c.Partition.Inertia, c.K == chosen.K)).ToArray(),
            chosen.K,
            double.IsFinite(chosen.Silhouette) ? chosen.Silhouette : null,
            Rows(metrics, students, chosen.Partition),
            Stability(points, chosen.K, chosen.Partition, settings));
    }

    /// <summary>Runs k-means once per restart, with seeds <paramref name="seed"/>, seed + 1, ..., and keeps the lowest sum of squares (the earliest restart on a tie).</summary>
    private static Partition Best(double[][] points, int k, int seed, ClusteringSettings settings)
    {
        Partition? best = null;
        for (var restart = 0; restart < settings.Restarts; restart++)
        {
            var partition = KMeansRunner.Fit(points, k, seed + restart, settings.MaxIterations);
            if (best is null || partition.Inertia < best.Inertia)
            {
                best = partition;
            }
        }

        return best!;
    }

    private static ClusterStability? Stability(double[][] points, int k, Partition chosen, ClusteringSettings settings)
    {
        if (settings.StabilitySeeds == 0)
        {
            return null;
        }

        var seeds = Enumerable.Range(1, settings.StabilitySeeds).Select(i => settings.Seed + (i * StabilitySeedStep)).ToArray();
        var indexes = seeds.Select(seed => ClusterMeasures.AdjustedRandIndex(chosen.Labels, Best(points, k, seed, settings).Labels)).ToArray();
        return new ClusterStability(seeds, indexes, indexes.Average(), indexes.Min());
    }

    private static ClusterRow[] Rows(StudentMetrics metrics, int[] students, Partition partition)
    {
        var rows = new ClusterRow[partition.Clusters];
        for (var cluster = 0; cluster < partition.Clusters; cluster++)
        {
            var members = students.Where((_, i) => partition.Labels[i] == cluster).ToArray();
            var centroid = StudentMetricKeys.All
                .Select(m => new MetricMean(StudentMetricKeys.Key(m), Mean(members.Select(s => metrics[m][s]))))
                .ToArray();
            rows[cluster] = new ClusterRow(cluster + 1, members.Length, (double)members.Length / students.Length, centroid);
        }

        return rows;
    }

    /// <summary>Returns the mean of the finite values, or null when there are none.</summary>
    internal static double? Mean(IEnumerable<double> values)
    {
        var (sum, count) = (0.0, 0);
        foreach (var value in values.Where(double.IsFinite))
        {
            sum += value;
            count++;
        }

        return count == 0 ? null : sum / count;
    }

    private static MetricScaling Scale(StudentMetric metric, double[] values)
    {
        if (values.Length == 0)
        {
            return new MetricScaling(StudentMetricKeys.Key(metric), 0, 0);
        }

        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / values.Length;
        return new MetricScaling(StudentMetricKeys.Key(metric), mean, Math.Sqrt(variance));
    }

    private static double[] Standardize(StudentMetrics metrics, IReadOnlyList<StudentMetric> chosen, MetricScaling[] scaling, int student)
    {
        var point = new double[chosen.Count];
        for (var d = 0; d < chosen.Count; d++)
        {
            var deviation = scaling[d].StandardDeviation;
            point[d] = deviation == 0 ? 0 : (metrics[chosen[d]][student] - scaling[d].Mean) / deviation;
        }

        return point;
    }

    /// <summary>Returns <paramref name="size"/> of the indexes 0 to <paramref name="count"/> - 1 drawn without replacement with a seeded generator, or all of them when there are no more.</summary>
    private static int[] Sample(int count, int size, int seed)
    {
        var indexes = Enumerable.Range(0, count).ToArray();
        if (count <= size)
        {
            return indexes;
        }

        var random = new Random(seed);
        for (var i = 0; i < size; i++)
        {
            var j = random.Next(i, count);
            (indexes[i], indexes[j]) = (indexes[j], indexes[i]);
        }

        var sample = indexes[..size];
        Array.Sort(sample);
        return sample;
    }
}
