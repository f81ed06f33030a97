using EduReport.Load;
using EduReport.Problems;

namespace EduReport.Check;

/// <summary>
/// The Check stage: runs every data-quality check on a loaded dataset, adds the findings to the
/// problem log and returns the dataset that the analysis reads. Repeated rows are dropped first, so
/// that the later checks count each row once. Scores outside 0 to 100 and negative weights are
/// blanked, so that the analysis never computes with them.
/// </summary>
public static class DataChecker
{
    public static CheckResult Run(Dataset dataset, ProblemLog problems)
    {
        var raw = new CheckContext(dataset, problems);
        var drops = DuplicateCheck.Run(raw);
        ValueCheck.Run(raw, drops);

        var clean = new CheckContext(drops.Apply(), problems);
        RelationCheck.Run(clean);
        var (exams, examsWithoutResults, coursesWithoutResults) = AssessmentCheck.Run(clean);
        var (leadTime, delay) = OutlierCheck.Run(clean);

        var summary = new CheckSummary(clean.Dataset.Courses.Count, coursesWithoutResults, exams, examsWithoutResults, leadTime, delay);
        return new CheckResult(clean.Dataset, problems, summary);
    }

    /// <summary>Runs the checks on the result of loading, with the problems the loader found.</summary>
    public static CheckResult Run(LoadResult loaded) => Run(loaded.Dataset, loaded.Problems);
}
