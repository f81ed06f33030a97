using BenchmarkDotNet.Attributes;
using EduReport.Analyse;
using EduReport.Periods;
using EduReport.Questions.AssessmentForms;
using EduReport.Questions.CourseComparison;
using EduReport.Questions.DataQuality;
using EduReport.Questions.Distributions;
using EduReport.Questions.ExamDifficulty;
using EduReport.Questions.ExamPassDay;
using EduReport.Questions.PeriodComparison;
using EduReport.Questions.Popularity;
using EduReport.Questions.Recommendations;
using EduReport.Questions.Segments;
using EduReport.Questions.Semesters;
using EduReport.Questions.SingleCoursePassers;
using EduReport.Render;
using EduReport.Render.Charts;

namespace EduReport.Benchmarks;

/// <summary>
/// Drawing each chart of <see cref="ChartCatalog.RenderAll"/> as SVG, and all of them together, from
/// the results of every presentation. The period comparison chart is drawn from the latest
/// presentation's results, because over all presentations it has no data.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MaxColumn]
[MedianColumn]
public class ChartBenchmarks
{
    private ReportResults _results = null!;
    private ReportResults _latest = null!;
    private ChartContext _context = null!;

    [GlobalSetup]
    public void Analyse()
    {
        var check = BenchmarkData.LoadAndCheck();
        var settings = BenchmarkData.LoadAnalysisSettings();
        _results = Analyser.Run(BenchmarkData.BuildPeriod(check, PeriodSelector.All), check, settings);
        _latest = Analyser.Run(BenchmarkData.BuildPeriod(check, PeriodSelector.Latest), check, settings);

        // The same fonts, palette and language as ReportRenderer.RenderCharts.
        var renderer = ReportRenderer.Load(BenchmarkData.RenderSettings());
        renderer.Fonts.RegisterWithScottPlot();
        var style = new ChartStyle { Culture = renderer.Settings.Culture, FontFamily = renderer.Fonts.TextFamily };
        _context = new ChartContext(style, renderer.Strings, renderer.Format);
    }

    [Benchmark]
    public IReadOnlyDictionary<string, ChartImage?> AllCharts() => ChartCatalog.RenderAll(_results, _context);

    [Benchmark]
    public ChartImage? PeriodComparisonLatest() => PeriodComparisonChart.Render(_latest.PeriodComparison, _context);

    [Benchmark]
    public ChartImage? SingleCoursePassers() => SingleCoursePassersChart.Render(_results.SingleCoursePassers, _context);

    [Benchmark]
    public ChartImage? DataQuality() => DataQualityChart.Render(_results.DataQuality, _context);

    [Benchmark]
    public ChartImage? ExamDifficulty() => ExamDifficultyChart.Render(_results.ExamDifficulty, _context);

    [Benchmark]
    public ChartImage? ExamPassDay() => ExamPassDayChart.Render(_results.ExamPassDay, _context);

    [Benchmark]
    public ChartImage? PopularityRegistrations() => PopularityChart.RenderRegistrations(_results.Popularity, _context);

    [Benchmark]
    public ChartImage? PopularityChurn() => PopularityChart.RenderChurn(_results.Popularity, _context);

    [Benchmark]
    public ChartImage? SemestersCompletion() => SemestersChart.RenderCompletion(_results.Semesters, _context);

    [Benchmark]
    public ChartImage? SemestersExamDay() => SemestersChart.RenderExamDay(_results.Semesters, _context);

    [Benchmark]
    public ChartImage? CourseComparison() => CourseComparisonChart.Render(_results.CourseComparison, _context);

    [Benchmark]
    public ChartImage? DistributionsScores() => DistributionsChart.RenderScores(_results.Distributions, _context);

    [Benchmark]
    public ChartImage? DistributionsLeadTime() => DistributionsChart.RenderLeadTime(_results.Distributions, _context);

    [Benchmark]
    public ChartImage? DistributionsDelay() => DistributionsChart.RenderDelay(_results.Distributions, _context);

    [Benchmark]
    public ChartImage? DistributionsCoursesPerStudent() => DistributionsChart.RenderCoursesPerStudent(_results.Distributions, _context);

    [Benchmark]
    public ChartImage? Segments() => SegmentsChart.Render(_results.Segments, _context);

    [Benchmark]
    public ChartImage? Clusters() => ClustersChart.Render(_results.Segments.Clustering, _context);

    [Benchmark]
    public ChartImage? AssessmentFormsRates() => AssessmentFormsChart.RenderRates(_results.AssessmentForms, _context);

    [Benchmark]
    public ChartImage? AssessmentFormsScatter() => AssessmentFormsChart.RenderScatter(_results.AssessmentForms, _results.Definitions.PassThreshold, _context);

    [Benchmark]
    public ChartImage? AssessmentFormsQuartiles() => AssessmentFormsChart.RenderQuartiles(_results.AssessmentForms, _context);

    [Benchmark]
    public ChartImage? Recommendations() => RecommendationsChart.Render(_results.Recommendations, _context);
}
