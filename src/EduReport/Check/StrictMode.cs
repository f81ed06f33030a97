using EduReport.Problems;

namespace EduReport.Check;

/// <summary>Makes errors and warnings fatal when the strict option is on; notes (severity Info) never are.</summary>
public static class StrictMode
{
    /// <summary>How many problems the exception message lists.</summary>
    public const int ListedProblems = 10;

    /// <summary>Throws a <see cref="DataException"/> that lists the first problems when <paramref name="problems"/> has an error or a warning.</summary>
    public static void Enforce(ProblemLog problems)
    {
        var errors = problems.Count(Severity.Error);
        var warnings = problems.Count(Severity.Warning);
        if (errors + warnings == 0)
        {
            return;
        }

        var listed = problems.Groups()
            .Where(g => g.Severity >= Severity.Warning)
            .SelectMany(g => g.Examples.Take(3))
            .Take(ListedProblems)
            .Select(p => "  " + ProblemText.Describe(p));
        var message = Localization.Text.Message("Check_StrictFailed", errors, warnings) + "\n" + string.Join("\n", listed);
        throw new DataException(message);
    }
}
