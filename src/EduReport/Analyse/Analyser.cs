using EduReport.Check;
using EduReport.Facts;
using EduReport.Periods;
using EduReport.Problems;
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

namespace EduReport.Analyse;

/// <summary>Runs every analysis on one set of facts.</summary>
public static class Analyser
{
    /// <summary>
    /// Runs the analyses on the facts of a period, then the recommendation rules over their results.
    /// <paramref name="check"/> is the outcome of the Check stage on the whole data, which the
    /// data-quality section describes.
    /// </summary>
    public static ReportResults Run(PeriodFacts period, CheckResult check, AnalysisSettings settings)
    {
        var facts = period.Current;
        var results = new ReportResults(
            facts.Definitions,
            DatasetSummaryAnalysis.Compute(facts),
            DataQualityAnalysis.Compute(check),
            SingleCoursePassersAnalysis.Compute(facts),
            ExamDifficultyAnalysis.Compute(facts),
            ExamPassDayAnalysis.Compute(facts),
            PopularityAnalysis.Compute(facts),
            SemestersAnalysis.Compute(facts),
            CourseComparisonAnalysis.Compute(facts),
            DistributionsAnalysis.Compute(facts),
            SegmentsAnalysis.Compute(facts, settings.Segmentation, settings.Clustering),
            AssessmentFormsAnalysis.Compute(facts),
            RecommendationsResult.Empty,
            period.Selection.Period,
            PeriodComparisonAnalysis.Compute(period));
        return results with { Recommendations = RecommendationEngine.Run(results, settings.Recommendations) };
    }

    /// <summary>
    /// Runs the analyses on facts of every presentation, which have nothing to compare with.
    /// <paramref name="check"/> is the outcome of the Check stage that produced the facts' dataset.
    /// </summary>
    public static ReportResults Run(FactSet facts, CheckResult check, AnalysisSettings settings) =>
        Run(PeriodFacts.Whole(facts), check, settings);

    /// <summary>
    /// Runs every analysis, checking the facts' dataset first. Problems found while loading are not
    /// known here, so the data-quality section lists only those of the checks.
    /// </summary>
    public static ReportResults Run(FactSet facts, AnalysisSettings settings) =>
        Run(facts, DataChecker.Run(facts.Dataset, new ProblemLog()), settings);
}
