using System.Globalization;
using System.Text;
using EduReport.Localization;

namespace EduReport.Problems;

/// <summary>
/// The user-facing text of problems, from the library's messages: a title, an explanation and a
/// remedy per kind, and a one-line description of a single problem with its place.
/// </summary>
public static class ProblemText
{
    public static string Title(ProblemKind kind, CultureInfo? culture = null) => Text.Get("Problem_" + kind, culture);

    public static string Explanation(ProblemKind kind, CultureInfo? culture = null) => Text.Get("Explain_" + kind, culture);

    /// <summary>
    /// Returns the explanation of a problem in one column: the column's own text (such as
    /// Explain_MissingValue_score) when the messages have one, else the text of the kind.
    /// </summary>
    public static string Explanation(ProblemKind kind, string? column, CultureInfo? culture = null)
    {
        var key = "Explain_" + kind + "_" + column;
        return column is not null && Text.Has(key) ? Text.Get(key, culture) : Explanation(kind, culture);
    }

    public static string Remedy(ProblemKind kind, CultureInfo? culture = null) => Text.Get("Remedy_" + kind, culture);

    public static string SeverityName(Severity severity, CultureInfo? culture = null) => Text.Get("Severity_" + severity, culture);

    /// <summary>Returns where a problem is, such as "studentAssessment.csv, line 3, column score".</summary>
    public static string Location(string? file, long line, string? column, CultureInfo? culture = null)
    {
        var parts = new List<string>(3);
        if (file is not null)
        {
            parts.Add(file);
        }

        if (line > 0)
        {
            parts.Add(Text.Format(culture ?? CultureInfo.CurrentUICulture, "Location_Line", line));
        }

        if (column is not null)
        {
            parts.Add(Text.Format(culture ?? CultureInfo.CurrentUICulture, "Location_Column", column));
        }

        return string.Join(", ", parts);
    }

    /// <summary>Returns the details of one problem besides its place: the key, the value, the other line and the extra facts.</summary>
    public static string Details(DataProblem problem, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        var details = new List<string>(4);
        if (problem.Key is not null)
        {
            details.Add(problem.Key);
        }

        if (problem.Value is not null)
        {
            details.Add(Text.Format(culture, "Problem_Value", problem.Value));
        }

        if (problem.OtherLine > 0)
        {
            details.Add(Text.Format(culture, "Problem_OtherLine", problem.OtherLine));
        }

        if (problem.Arguments.Count > 0)
        {
            details.Add(string.Join(", ", problem.Arguments));
        }

        return string.Join("; ", details);
    }

    /// <summary>Returns one line for a problem: its place, title and details, such as for an error message.</summary>
    public static string Describe(DataProblem problem, CultureInfo? culture = null)
    {
        var text = new StringBuilder();
        text.Append(Location(problem.File, problem.Line, problem.Column, culture));
        text.Append(": ").Append(Title(problem.Kind, culture));
        var details = Details(problem, culture);
        if (details.Length > 0)
        {
            text.Append(" (").Append(details).Append(')');
        }

        return text.ToString();
    }
}
