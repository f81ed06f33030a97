using EduReport.Analyse;
using EduReport.Check;
using EduReport.Facts;
using EduReport.Load;
using EduReport.Periods;
using EduReport.Render;

namespace EduReport.Benchmarks;

/// <summary>
/// The inputs that the benchmarks share: the data folder named by EDUREPORT_BENCH_DATA and the
/// repository's template set, prepared by the stages before the one a benchmark measures.
/// </summary>
internal static class BenchmarkData
{
    public const string FolderVariable = "EDUREPORT_BENCH_DATA";

    /// <summary>The report language of the chart and HTML benchmarks, the same as docs/benchmarks/watch_latency.py uses.</summary>
    public const string Language = "ru";

    /// <summary>The report date, fixed so that every run renders the same text.</summary>
    public static readonly DateOnly ReportDate = new(2026, 12, 4);

    public static string Folder => Environment.GetEnvironmentVariable(FolderVariable)
        ?? throw new InvalidOperationException($"Set {FolderVariable} to the data folder to load.");

    /// <summary>
    /// The templates folder of the repository. BenchmarkDotNet runs each benchmark from a copy of
    /// the build output under benchmarks/EduReport.Benchmarks/bin, so the folder is found by walking
    /// up to the directory that contains EduReport.sln.
    /// </summary>
    public static string TemplatesDirectory
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "EduReport.sln")))
                {
                    return Path.Combine(directory.FullName, "templates");
                }
            }

            throw new InvalidOperationException($"EduReport.sln was not found in {AppContext.BaseDirectory} or any folder above it.");
        }
    }

    /// <summary>Loads and checks the data folder, as the report command does before the analysis.</summary>
    public static CheckResult LoadAndCheck() => DataChecker.Run(DatasetLoader.Load(Folder));

    /// <summary>Selects the period (a setting such as "all" or "latest") and builds its facts.</summary>
    public static PeriodFacts BuildPeriod(CheckResult check, string period) =>
        PeriodFacts.Build(check.Dataset, PeriodSelector.Select(period, check.Dataset), new Definitions());

    public static AnalysisSettings LoadAnalysisSettings() => AnalysisSettings.Load(TemplatesDirectory);

    public static RenderSettings RenderSettings() => new()
    {
        Language = Language,
        TemplatesDirectory = TemplatesDirectory,
        ReportDate = ReportDate,
    };
}
