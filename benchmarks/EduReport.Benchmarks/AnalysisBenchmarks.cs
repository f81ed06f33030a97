using BenchmarkDotNet.Attributes;
using EduReport.Analyse;
using EduReport.Check;
using EduReport.Facts;
using EduReport.Periods;
using EduReport.Questions.AssessmentForms;
using EduReport.Questions.CourseComparison;
using EduReport.Questions.DataAndDefinitions;
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

namespace EduReport.Benchmarks;

/// <summary>
/// Each analysis of <see cref="Analyser.Run(PeriodFacts, CheckResult, AnalysisSettings)"/> on its own,
/// and all of them together, on the facts of every presentation (the report's default period). The
/// period comparison has nothing to compare over all presentations, so it runs on the latest one.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MaxColumn]
[MedianColumn]
public class AnalysisBenchmarks
{
    private CheckResult _check = null!;
    private PeriodFacts _all = null!;
    private PeriodFacts _latest = null!;
    private FactSet _facts = null!;
    private AnalysisSettings _settings = null!;
    private ReportResults _results = null!;
    private StudentMetrics _metrics = null!;

    [GlobalSetup]
    public void BuildFacts()
    {
        _check = BenchmarkData.LoadAndCheck();
        _all = BenchmarkData.BuildPeriod(_check, PeriodSelector.All);
        _latest = BenchmarkData.BuildPeriod(_check, PeriodSelector.Latest);
        _facts = _all.Current;
        _settings = BenchmarkData.LoadAnalysisSettings();
        _results = Analyser.Run(_all, _check, _settings);
        _metrics = StudentMetrics.Compute(_facts);
    }

    [Benchmark]
    public ReportResults AllAnalyses() => Analyser.Run(_all, _check, _settings);

    [Benchmark]
    public DatasetSummary DatasetSummary() => DatasetSummaryAnalysis.Compute(_facts);

    [Benchmark]
    public DataQualityResult DataQuality() => DataQualityAnalysis.Compute(_check);

    [Benchmark]
    public SingleCoursePassersResult SingleCoursePassers() => SingleCoursePassersAnalysis.Compute(_facts);

    [Benchmark]
    public ExamDifficultyResult ExamDifficulty() => ExamDifficultyAnalysis.Compute(_facts);

    [Benchmark]
    public ExamPassDayResult ExamPassDay() => ExamPassDayAnalysis.Compute(_facts);

    [Benchmark]
    public PopularityResult Popularity() => PopularityAnalysis.Compute(_facts);

    [Benchmark]
    public SemestersResult Semesters() => SemestersAnalysis.Compute(_facts);

    [Benchmark]
    public CourseComparisonResult CourseComparison() => CourseComparisonAnalysis.Compute(_facts);

    [Benchmark]
    public DistributionsResult Distributions() => DistributionsAnalysis.Compute(_facts);

    [Benchmark]
    public SegmentsResult Segments() => SegmentsAnalysis.Compute(_facts, _settings.Segmentation, _settings.Clustering);

    /// <summary>The per-student metrics, the first step of <see cref="SegmentsAnalysis"/>.</summary>
    [Benchmark]
    public StudentMetrics SegmentsStudentMetrics() => StudentMetrics.Compute(_facts);

    /// <summary>The k-means clustering, the last step of <see cref="SegmentsAnalysis"/>.</summary>
    [Benchmark]
    public ClusteringResult SegmentsClustering() => ClusteringAnalysis.Compute(_metrics, _settings.Clustering);

    [Benchmark]
    public AssessmentFormsResult AssessmentForms() => AssessmentFormsAnalysis.Compute(_facts);

    [Benchmark]
    public PeriodComparisonResult PeriodComparisonLatest() => PeriodComparisonAnalysis.Compute(_latest);

    [Benchmark]
    public RecommendationsResult Recommendations() => RecommendationEngine.Run(_results, _settings.Recommendations);
}
