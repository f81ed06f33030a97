using BenchmarkDotNet.Attributes;
using EduReport.Check;
using EduReport.Load;

namespace EduReport.Benchmarks;

/// <summary>
/// Loading and checking a data folder in a warm process. The folder is EDUREPORT_BENCH_DATA (for
/// example the real OULAD tables, or a sample 100 times their size).
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MaxColumn]
[MedianColumn]
public class LoadBenchmarks
{
    private readonly string _folder = Environment.GetEnvironmentVariable("EDUREPORT_BENCH_DATA")
        ?? throw new InvalidOperationException("Set EDUREPORT_BENCH_DATA to the data folder to load.");

    [Benchmark]
    public Dataset Load() => DatasetLoader.Load(_folder).Dataset;

    [Benchmark]
    public CheckResult LoadAndCheck() => DataChecker.Run(DatasetLoader.Load(_folder));
}
