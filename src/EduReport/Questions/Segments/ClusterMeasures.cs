namespace EduReport.Questions.Segments;

/// <summary>Measures of a clustering: the mean silhouette and the adjusted Rand index.</summary>
public static class ClusterMeasures
{
    /// <summary>
    /// Returns the mean silhouette of the points at <paramref name="sample"/>, with distances among
    /// those points only (as scikit-learn's silhouette_score does with sample_size). A point alone in
    /// its cluster scores 0. Returns NaN when the sample contains fewer than two clusters.
    /// </summary>
    public static double MeanSilhouette(double[][] points, int[] labels, int[] sample)
    {
        var clusters = labels.Max() + 1;
        var sizes = new int[clusters];
        foreach (var i in sample)
        {
            sizes[labels[i]]++;
        }

        if (sizes.Count(s => s > 0) < 2)
        {
            return double.NaN;
        }

        var sums = new double[clusters];
        var total = 0.0;
        foreach (var i in sample)
        {
            Array.Clear(sums);
            foreach (var j in sample)
            {
                if (i != j)
                {
                    sums[labels[j]] += Distance(points[i], points[j]);
                }
            }

            var own = labels[i];
            if (sizes[own] == 1)
            {
                continue;
            }

            var a = sums[own] / (sizes[own] - 1);
            var b = double.PositiveInfinity;
            for (var c = 0; c < clusters; c++)
            {
                if (c != own && sizes[c] > 0)
                {
                    b = Math.Min(b, sums[c] / sizes[c]);
                }
            }

            var larger = Math.Max(a, b);
            total += larger == 0 ? 0 : (b - a) / larger;
        }

        return total / sample.Length;
    }

    /// <summary>
    /// Returns the adjusted Rand index of two labelings of the same points (Hubert and Arabie, 1985):
    /// 1 for identical partitions, about 0 for chance agreement. Two partitions that are both a single
    /// cluster, or both all singletons, score 1.
    /// </summary>
    public static double AdjustedRandIndex(int[] first, int[] second)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(first.Length, second.Length);
        var table = new Dictionary<(int, int), long>();
        var rows = new Dictionary<int, long>();
        var columns = new Dictionary<int, long>();
        for (var i = 0; i < first.Length; i++)
        {
            table[(first[i], second[i])] = table.GetValueOrDefault((first[i], second[i])) + 1;
            rows[first[i]] = rows.GetValueOrDefault(first[i]) + 1;
            columns[second[i]] = columns.GetValueOrDefault(second[i]) + 1;
        }

        static double Pairs(long n) => n * (n - 1) / 2.0;
        var index = table.Values.Sum(Pairs);
        var rowPairs = rows.Values.Sum(Pairs);
        var columnPairs = columns.Values.Sum(Pairs);
        var expected = rowPairs * columnPairs / Pairs(first.Length);
        var maximum = (rowPairs + columnPairs) / 2;
        return maximum == expected ? 1.0 : (index - expected) / (maximum - expected);
    }

    private static double Distance(double[] x, double[] y)
    {
        var sum = 0.0;
        for (var d = 0; d < x.Length; d++)
        {
            var difference = x[d] - y[d];
            sum += difference * difference;
        }

        return Math.Sqrt(sum);
    }
}
