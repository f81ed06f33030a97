using EduReport.Check;
using EduReport.Facts;
using EduReport.Problems;
using EduReport.Questions.DataAndDefinitions;
using EduReport.Questions.DataQuality;
using EduReport.Questions.SingleCoursePassers;

namespace EduReport.Analyse;

/// <summary>Runs every analysis on one set of facts.</summary>
public static class Analyser
{
    /// <summary>Runs every analysis; <paramref name="check"/> is the outcome of the Check stage that produced the facts' dataset.</summary>
    public static ReportResults Run(FactSet facts, CheckResult check) => new(
        facts.Definitions,
        DatasetSummaryAnalysis.Compute(facts),
        SingleCoursePassersAnalysis.Compute(facts),
        DataQualityAnalysis.Compute(check));

    /// <summary>
    /// Runs every analysis, checking the facts' dataset first. Problems found while loading are not
    /// known here, so the data-quality section lists only those of the checks.
    /// </summary>
    public static ReportResults Run(FactSet facts) => Run(facts, DataChecker.Run(facts.Dataset, new ProblemLog()));
}
