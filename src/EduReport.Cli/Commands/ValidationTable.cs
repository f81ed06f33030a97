using System.Globalization;
using EduReport.Check;
using EduReport.Cli.Resources;
using EduReport.Problems;
using Spectre.Console;

namespace EduReport.Cli.Commands;

/// <summary>Prints the outcome of <c>validate</c> for people: the files read, the problems and what to do about each kind.</summary>
internal static class ValidationTable
{
    /// <summary>The width of the tables when the output is not a terminal, so that piped output is not wrapped at 80 columns.</summary>
    private const int RedirectedWidth = 180;

    private const int ExamplesShown = 3;

    public static void Write(TextWriter writer, CheckResult result)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        if (!console.Profile.Out.IsTerminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        console.Write(FileTable(result));
        var groups = result.Problems.Groups();
        if (groups.Count == 0)
        {
            console.WriteLine(Messages.Validate_NoProblems);
            return;
        }

        console.Write(ProblemTable(groups));
        console.WriteLine();
        foreach (var kind in groups.Select(g => g.Kind).Distinct())
        {
            console.MarkupLine($"[bold]{Markup.Escape(ProblemText.Title(kind))}[/]: {Markup.Escape(ProblemText.Remedy(kind))}");
        }

        console.WriteLine();
        console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            Messages.Validate_Summary,
            Count(result.Problems.Count(Severity.Error)),
            Count(result.Problems.Count(Severity.Warning)),
            Count(result.Problems.Count(Severity.Info))));
    }

    private static Table FileTable(CheckResult result)
    {
        var table = new Table { Title = new TableTitle(Messages.Validate_FilesTitle) }
            .AddColumn(Messages.Validate_File)
            .AddColumn(Messages.Validate_Encoding)
            .AddColumn(Messages.Validate_Delimiter)
            .AddColumn(new TableColumn(Messages.Validate_RowsRead).RightAligned())
            .AddColumn(new TableColumn(Messages.Validate_RowsExcluded).RightAligned());
        foreach (var source in result.Dataset.Sources)
        {
            table.AddRow(
                Markup.Escape(source.FileName),
                Markup.Escape(source.Encoding),
                Markup.Escape(source.Delimiter == '\t' ? "\\t" : source.Delimiter.ToString()),
                Count(source.RowsRead),
                Count(source.RowsExcluded));
        }

        return table;
    }

    private static Table ProblemTable(IReadOnlyList<ProblemGroup> groups)
    {
        var table = new Table { Title = new TableTitle(Messages.Validate_ProblemsTitle) }
            .AddColumn(Messages.Validate_Severity)
            .AddColumn(Messages.Validate_Problem)
            .AddColumn(Messages.Validate_Where)
            .AddColumn(new TableColumn(Messages.Validate_Count).RightAligned())
            .AddColumn(Messages.Validate_Examples);
        foreach (var group in groups)
        {
            var examples = group.Examples
                .Take(ExamplesShown)
                .Select(e => (e.Line > 0 ? ProblemText.Location(null, e.Line, null) + ": " : string.Empty) + ProblemText.Details(e))
                .Select(Markup.Escape);
            table.AddRow(
                SeverityMarkup(group.Severity),
                Markup.Escape(ProblemText.Title(group.Kind)),
                Markup.Escape(ProblemText.Location(group.File, 0, group.Column)),
                Count(group.Count),
                string.Join("\n", examples));
        }

        return table;
    }

    private static string SeverityMarkup(Severity severity)
    {
        var name = Markup.Escape(ProblemText.SeverityName(severity));
        return severity switch
        {
            Severity.Error => $"[red]{name}[/]",
            Severity.Warning => $"[yellow]{name}[/]",
            _ => name,
        };
    }

    // Counts are grouped as the message language writes numbers, such as "173,912" or "173 912".
    private static string Count(long count) => count.ToString("N0", CultureInfo.GetCultureInfo(CultureInfo.CurrentUICulture.Name));
}
