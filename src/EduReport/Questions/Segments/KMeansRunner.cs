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
    /// Fits k-means on the fitted points of <paramref name="input"/>. The fit's within-cluster sum
    /// of squares covers those points only; <see cref="Assign"/> labels every point.
    /// </summary>
    public static KMeansFit Fit(KMeansInput input, int clusters, int seed, int maxIterations)
    {
        var context = new MLContext(seed);
        var training = context.Data.LoadFromEnumerable(input.FittedRows, input.Schema);
        var trainer = context.Clustering.Trainers.KMeans(new KMeansTrainer.Options
        {
            FeatureColumnName = FeaturesColumn,
            NumberOfClusters = clusters,
            NumberOfThreads = 1,
            InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
            MaximumNumberOfIterations = maxIterations,
        });
        var model = trainer.Fit(training);

        // Scoring through ML.NET costs more per call than this loop over the centroids, and the
        // restarts are compared only by their sums of squares.
        VBuffer<float>[] buffers = [];
        model.Model.GetClusterCentroids(ref buffers, out _);
        var centroids = Array.ConvertAll(buffers, buffer => buffer.DenseValues().ToArray());
        var labels = Array.ConvertAll(input.FittedRows, row => Nearest(row.Features, centroids));
        return new KMeansFit(model, Partition.From(input.FittedPoints, labels).Inertia);
    }

    /// <summary>Labels every point with the nearest centroid of <paramref name="fit"/>, as ML.NET scores it.</summary>
    public static Partition Assign(KMeansInput input, KMeansFit fit)
    {
        var data = new MLContext().Data.LoadFromEnumerable(input.AllRows, input.Schema);
        return Partition.From(input.Points, Predict(fit.Model, data));
    }

    /// <summary>Returns the index of the centroid nearest to <paramref name="point"/>, the lowest index on a tie.</summary>
    private static int Nearest(float[] point, float[][] centroids)
    {
        var nearest = 0;
        var nearestDistance = double.PositiveInfinity;
        for (var c = 0; c < centroids.Length; c++)
        {
            var distance = 0.0;
            for (var d = 0; d < point.Length; d++)
            {
                var difference = (double)point[d] - centroids[c][d];
                distance += difference * difference;
            }

            if (distance < nearestDistance)
            {
                nearest = c;
                nearestDistance = distance;
            }
        }

        return nearest;
    }

    private static int[] Predict(ITransformer model, IDataView data) =>
        Array.ConvertAll(model.Transform(data).GetColumn<uint>("PredictedLabel").ToArray(), label => (int)label - 1);

    internal sealed class PointRow
    {
        public float[] Features { get; set; } = [];
    }
}

/// <summary>
/// The points of one clustering in the form ML.NET reads, built once and shared by every run.
/// ML.NET only reads the rows, so runs on different threads can share them.
/// </summary>
internal sealed class KMeansInput
{
    public KMeansInput(double[][] points, int[] fitted)
    {
        Points = points;
        AllRows = Array.ConvertAll(points, point => new KMeansRunner.PointRow { Features = Array.ConvertAll(point, v => (float)v) });
        FittedPoints = Array.ConvertAll(fitted, i => points[i]);
        FittedRows = Array.ConvertAll(fitted, i => AllRows[i]);
        Schema = SchemaDefinition.Create(typeof(KMeansRunner.PointRow));
        Schema[nameof(KMeansRunner.PointRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, points[0].Length);
    }

    public double[][] Points { get; }

    public KMeansRunner.PointRow[] AllRows { get; }

    public double[][] FittedPoints { get; }

    public KMeansRunner.PointRow[] FittedRows { get; }

    public SchemaDefinition Schema { get; }
}

/// <summary>One fitted k-means model and its within-cluster sum of squares over the points it was fitted on.</summary>
internal sealed record KMeansFit(ITransformer Model, double Inertia);

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
