using BenchmarkDotNet.Attributes;
using EduReport.Check;
using EduReport.Facts;
using EduReport.Periods;

namespace EduReport.Benchmarks;

/// <summary>
/// Benchmarks of building the facts that every analysis reads, from data that are already loaded
/// and checked. The report's default period is all presentations. The latest presentation also
/// builds the facts of each module's previous presentation, on subsets of the dataset.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MaxColumn]
[MedianColumn]
public class FactsBenchmarks
{
    private CheckResult _check = null!;

    [GlobalSetup]
    public void LoadData() => _check = BenchmarkData.LoadAndCheck();

    [Benchmark]
    public FactSet FactsOfWholeDataset() => FactsBuilder.Build(_check.Dataset, new Definitions());

    [Benchmark]
    public PeriodFacts PeriodFactsAll() => BenchmarkData.BuildPeriod(_check, PeriodSelector.All);

    [Benchmark]
    public PeriodFacts PeriodFactsLatest() => BenchmarkData.BuildPeriod(_check, PeriodSelector.Latest);
}
