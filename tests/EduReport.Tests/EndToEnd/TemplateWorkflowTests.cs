using System.Text.RegularExpressions;
using EduReport.Tests.Support;

namespace EduReport.Tests.EndToEnd;

/// <summary>An analyst's template workflow through the edureport program: error output and edited template sets.</summary>
public sealed partial class TemplateWorkflowTests
{
    [Fact]
    public void TemplateErrorsPrintCompilerStyleLines()
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();
        using var templates = new TemplateCopy();
        // The misspelt members start in column 20 of line 2 and column 11 of line 1.
        templates.Write("sections/DataAndDefinitions.sbn-html", "<section>\n{{ results.dataset.studnts }}\n</section>\n");
        templates.Write("sections/SingleCoursePassers.sbn-html", "{{ charts.single_course_pasers }}\n");

        var run = CliProcess.Run(["report", "--data", fixture.Write(), "--out", output.Path, "--format", "html", "--lang", "en", "--templates", templates.Path]);

        Assert.Equal(3, run.ExitCode);
        var lines = run.Error.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => CompilerStyle().IsMatch(l)).ToArray();
        Assert.Equal(2, lines.Length);
        Assert.Matches(@"sections/DataAndDefinitions\.sbn-html\(2,20\): error: .*studnts", lines[0]);
        Assert.Matches(@"sections/SingleCoursePassers\.sbn-html\(1,11\): error: .*single_course_pasers", lines[1]);
        Assert.Contains("Template errors: 2.", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output.File("report.html")));
    }

    [GeneratedRegex(@"^\S+\(\d+,\d+\): error: ")]
    private static partial Regex CompilerStyle();
}
