namespace EduReport.Sample;

/// <summary>
/// The random draws of the sample generator, on one seeded <see cref="Random"/> so that a seed always
/// gives the same files. .NET keeps the sequence of a seeded Random the same across versions.
/// </summary>
internal sealed class SampleRandom(int seed)
{
    private readonly Random _random = new(seed);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public int Between(int minInclusive, int maxInclusive) => _random.Next(minInclusive, maxInclusive + 1);

    public double Normal(double mean, double deviation) => MathNet.Numerics.Distributions.Normal.Sample(_random, mean, deviation);

    public double Exponential(double mean) => MathNet.Numerics.Distributions.Exponential.Sample(_random, 1.0 / mean);

    /// <summary>Picks an index with probability proportional to its weight.</summary>
    public int Pick(IReadOnlyList<double> weights, double total)
    {
        var target = _random.NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }
}
