using EduReport.Facts;
using EduReport.Questions.DataAndDefinitions;
using EduReport.Questions.SingleCoursePassers;

namespace EduReport.Analyse;

/// <summary>Runs every analysis on one set of facts.</summary>
public static class Analyser
{
    public static ReportResults Run(FactSet facts) => new(
        facts.Definitions,
        DatasetSummaryAnalysis.Compute(facts),
        SingleCoursePassersAnalysis.Compute(facts));
}
