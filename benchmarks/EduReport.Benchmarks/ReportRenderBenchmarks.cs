using BenchmarkDotNet.Attributes;
using EduReport.Analyse;
using EduReport.Periods;
using EduReport.Render;
using EduReport.Render.Charts;

namespace EduReport.Benchmarks;

/// <summary>
/// The Render stage of an HTML report on every presentation: loading the template set, drawing the
/// charts, and rendering the templates with the charts already drawn (what watch mode repeats after
/// a template edit).
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MaxColumn]
[MedianColumn]
public class ReportRenderBenchmarks
{
    private readonly RenderSettings _settings = BenchmarkData.RenderSettings();
    private ReportResults _results = null!;
    private ReportRenderer _renderer = null!;
    private IReadOnlyDictionary<string, ChartImage?> _charts = null!;

    [GlobalSetup]
    public void Analyse()
    {
        var check = BenchmarkData.LoadAndCheck();
        _results = Analyser.Run(BenchmarkData.BuildPeriod(check, PeriodSelector.All), check, BenchmarkData.LoadAnalysisSettings());
        _renderer = ReportRenderer.Load(_settings);
        _charts = _renderer.RenderCharts(_results);
    }

    [Benchmark]
    public ReportRenderer LoadTemplates() => ReportRenderer.Load(_settings);

    [Benchmark]
    public IReadOnlyDictionary<string, ChartImage?> RenderCharts() => _renderer.RenderCharts(_results);

    [Benchmark]
    public string RenderHtml() => _renderer.Render(_results, _charts).Html;
}
