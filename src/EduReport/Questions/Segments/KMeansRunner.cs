using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace EduReport.Questions.Segments;

/// <summary>
/// One k-means run with ML.NET's KMeansTrainer: k-means++ initialisation on one thread, so that the
/// seed alone fixes the result and runs with different seeds can go in parallel. ML.NET computes in
/// single precision; the within-cluster sum of squares is recomputed here in double precision.
/// </summary>
internal static class KMeansRunner
{
    private const string FeaturesColumn = nameof(PointRow.Features);

    /// <summary>
    /// Fits k-means on the points at <paramref name="fitted"/> and assigns every point to the
    /// nearest of the fitted centroids. When <paramref name="fitted"/> holds every point, the
    /// labels are those of the fit itself.
    /// </summary>
    public static Partition Fit(double[][] points, int[] fitted, int clusters, int seed, int maxIterations)
    {
        var dimensions = points[0].Length;
        var context = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(PointRow));
        schema[FeaturesColumn].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimensions);
        var trainingRows = fitted.Select(i => new PointRow { Features = Array.ConvertAll(points[i], v => (float)v) });
        var training = context.Data.LoadFromEnumerable(trainingRows, schema);

        var trainer = context.Clustering.Trainers.KMeans(new KMeansTrainer.Options
        {
            FeatureColumnName = FeaturesColumn,
            NumberOfClusters = clusters,
            NumberOfThreads = 1,
            InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
            MaximumNumberOfIterations = maxIterations,
        });
        var model = trainer.Fit(training);
        var scored = fitted.Length == points.Length
            ? training
            : context.Data.LoadFromEnumerable(points.Select(p => new PointRow { Features = Array.ConvertAll(p, v => (float)v) }), schema);
        var predicted = model.Transform(scored).GetColumn<uint>("PredictedLabel").ToArray();
        return Partition.From(points, Array.ConvertAll(predicted, label => (int)label - 1));
    }

    private sealed class PointRow
    {
        public float[] Features { get; set; } = [];
    }
}

/// <summary>
/// Cluster labels of points, renumbered so that cluster 0 is the largest (ties: the one whose first
/// point comes first), which makes equal partitions equal arrays whatever the labels were.
/// </summary>
/// <param name="Inertia">The within-cluster sum of squared distances to the cluster means.</param>
internal sealed record Partition(int[] Labels, int Clusters, double Inertia)
{
    public static Partition From(double[][] points, int[] labels)
    {
        var order = labels.Select((label, index) => (label, index))
            .GroupBy(p => p.label)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(p => p.index))
            .Select(g => g.Key)
            .ToArray();
        var renumber = new Dictionary<int, int>();
        for (var i = 0; i < order.Length; i++)
        {
            renumber[order[i]] = i;
        }

        var canonical = Array.ConvertAll(labels, label => renumber[label]);
        return new Partition(canonical, order.Length, SumOfSquares(points, canonical, order.Length));
    }

    private static double SumOfSquares(double[][] points, int[] labels, int clusters)
    {
        var dimensions = points[0].Length;
        var sums = new double[clusters, dimensions];
        var counts = new int[clusters];
        for (var i = 0; i < points.Length; i++)
        {
            counts[labels[i]]++;
            for (var d = 0; d < dimensions; d++)
            {
                sums[labels[i], d] += points[i][d];
            }
        }

        var inertia = 0.0;
        for (var i = 0; i < points.Length; i++)
        {
            for (var d = 0; d < dimensions; d++)
            {
                var difference = points[i][d] - (sums[labels[i], d] / counts[labels[i]]);
                inertia += difference * difference;
            }
        }

        return inertia;
    }
}
