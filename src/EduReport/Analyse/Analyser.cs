using EduReport.Facts;
using EduReport.Questions.CourseComparison;
using EduReport.Questions.DataAndDefinitions;
using EduReport.Questions.Distributions;
using EduReport.Questions.ExamDifficulty;
using EduReport.Questions.ExamPassDay;
using EduReport.Questions.Popularity;
using EduReport.Questions.Semesters;
using EduReport.Questions.SingleCoursePassers;

namespace EduReport.Analyse;

/// <summary>Runs every analysis on one set of facts.</summary>
public static class Analyser
{
    public static ReportResults Run(FactSet facts) => new(
        facts.Definitions,
        DatasetSummaryAnalysis.Compute(facts),
        SingleCoursePassersAnalysis.Compute(facts),
        ExamDifficultyAnalysis.Compute(facts),
        ExamPassDayAnalysis.Compute(facts),
        PopularityAnalysis.Compute(facts),
        SemestersAnalysis.Compute(facts),
        CourseComparisonAnalysis.Compute(facts),
        DistributionsAnalysis.Compute(facts));
}
