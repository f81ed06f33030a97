namespace EduReport.Questions.Segments;

/// <summary>
/// Clusters students with k-means on standardized metrics. Each k in the configured range keeps the
/// best of several seeded restarts, and the k with the highest mean silhouette wins (the smaller k on
/// a tie). The chosen k is then rerun with further seeds, and the adjusted Rand index against them
/// measures how stable the clusters are. Equal input and settings give equal output. With more
/// students than the fit sample, k-means runs on a seeded sample of them and every student joins
/// the nearest centroid, so the cost of the restarts does not grow with the data.
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

        // Both samples are prefixes of one seeded shuffle, so the silhouette's students are among those fitted.
        var sample = Sample(students.Length, settings.SilhouetteSample, settings.Seed);
        var fitted = Sample(students.Length, settings.FitSample, settings.Seed);
        var ks = Enumerable.Range(settings.MinClusters, largestK - settings.MinClusters + 1).ToArray();
        var input = new KMeansInput(points, fitted);
        var partitions = Best(input, ks.Select(k => (k, settings.Seed)).ToArray(), settings);
        var silhouettes = new double[ks.Length];
        Parallel.For(0, ks.Length, i => silhouettes[i] = ClusterMeasures.MeanSilhouette(points, partitions[i].Labels, sample));
        var candidates = ks.Select((k, i) => (K: k, Partition: partitions[i], Silhouette: silhouettes[i])).ToList();

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
            Stability(input, chosen.K, chosen.Partition, settings))
        {
            FitSample = fitted.Length,
        };
    }

    /// <summary>
    /// Runs k-means for each (k, seed) group once per restart, with seeds seed, seed + 1, and so on.
    /// Each group keeps its lowest sum of squares over the fitted students (the earliest restart on
    /// a tie), and every student is labelled with that fit's centroids. The runs are independent and
    /// seeded, so running them in parallel gives the same partitions as running them in turn.
    /// </summary>
    private static Partition[] Best(KMeansInput input, (int K, int Seed)[] groups, ClusteringSettings settings)
    {
        var restarts = settings.Restarts;
        var runs = new KMeansFit[groups.Length * restarts];
        Parallel.For(0, runs.Length, run =>
        {
            var (k, seed) = groups[run / restarts];
            runs[run] = KMeansRunner.Fit(input, k, seed + (run % restarts), settings.MaxIterations);
        });

        var best = new KMeansFit[groups.Length];
        for (var group = 0; group < groups.Length; group++)
        {
            for (var restart = 0; restart < restarts; restart++)
            {
                var fit = runs[(group * restarts) + restart];
                if (best[group] is null || fit.Inertia < best[group].Inertia)
                {
                    best[group] = fit;
                }
            }
        }

        var partitions = new Partition[groups.Length];
        Parallel.For(0, groups.Length, group => partitions[group] = KMeansRunner.Assign(input, best[group]));
        return partitions;
    }

    private static ClusterStability? Stability(KMeansInput input, int k, Partition chosen, ClusteringSettings settings)
    {
        if (settings.StabilitySeeds == 0)
        {
            return null;
        }

        var seeds = Enumerable.Range(1, settings.StabilitySeeds).Select(i => settings.Seed + (i * StabilitySeedStep)).ToArray();
        var reruns = Best(input, seeds.Select(seed => (k, seed)).ToArray(), settings);
        var indexes = reruns.Select(rerun => ClusterMeasures.AdjustedRandIndex(chosen.Labels, rerun.Labels)).ToArray();
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
