using System.Globalization;
using EduReport.Problems;
using Scriban.Runtime;

namespace EduReport.Render;

/// <summary>
/// Template functions that look up the text of a data problem in the report language: results hold
/// only the kind, so the text is chosen when the report is rendered.
/// </summary>
internal static class ProblemTextFunctions
{
    public static void Import(ScriptObject functions, CultureInfo culture)
    {
        functions.Import("problem_title", new Func<object, string>(kind => ProblemText.Title(Kind(kind), culture)));
        functions.Import("problem_explanation", new Func<object, string?, string>((kind, column) => ProblemText.Explanation(Kind(kind), column, culture)));
        functions.Import("problem_remedy", new Func<object, string>(kind => ProblemText.Remedy(Kind(kind), culture)));
        functions.Import("severity_name", new Func<object, string>(severity => ProblemText.SeverityName(Enum.Parse<Severity>(severity.ToString()!), culture)));
        functions.Import("problem_details", new Func<object, string>(example => Details(example, culture)));
    }

    private static ProblemKind Kind(object kind) => kind as ProblemKind? ?? Enum.Parse<ProblemKind>(kind.ToString()!);

    private static string Details(object example, CultureInfo culture)
    {
        if (example is not Questions.DataQuality.FindingExample e)
        {
            throw new ArgumentException($"problem_details needs a finding example, not {example.GetType().Name}.", nameof(example));
        }

        var problem = new DataProblem(default, default, null, e.Line, null, e.Value, e.Arguments) { Key = e.Key, OtherLine = e.OtherLine };
        return ProblemText.Details(problem, culture);
    }
}
