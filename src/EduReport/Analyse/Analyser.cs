using EduReport.Facts;
using EduReport.Questions.AssessmentForms;
using EduReport.Questions.CourseComparison;
using EduReport.Questions.DataAndDefinitions;
using EduReport.Questions.Distributions;
using EduReport.Questions.ExamDifficulty;
using EduReport.Questions.ExamPassDay;
using EduReport.Questions.Popularity;
using EduReport.Questions.Recommendations;
using EduReport.Questions.Segments;
using EduReport.Questions.Semesters;
using EduReport.Questions.SingleCoursePassers;

namespace EduReport.Analyse;

/// <summary>Runs every analysis on one set of facts.</summary>
public static class Analyser
{
    /// <summary>Runs the analyses, then the recommendation rules over their results.</summary>
    public static ReportResults Run(FactSet facts, AnalysisSettings settings)
    {
        var results = new ReportResults(
            facts.Definitions,
            DatasetSummaryAnalysis.Compute(facts),
            SingleCoursePassersAnalysis.Compute(facts),
            ExamDifficultyAnalysis.Compute(facts),
            ExamPassDayAnalysis.Compute(facts),
            PopularityAnalysis.Compute(facts),
            SemestersAnalysis.Compute(facts),
            CourseComparisonAnalysis.Compute(facts),
            DistributionsAnalysis.Compute(facts),
            SegmentsAnalysis.Compute(facts, settings.Segmentation, settings.Clustering),
            AssessmentFormsAnalysis.Compute(facts),
            RecommendationsResult.Empty);
        return results with { Recommendations = RecommendationEngine.Run(results, settings.Recommendations) };
    }
}
