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

    [Fact]
    public void SameInputsGiveByteIdenticalHtml()
    {
        using var fixture = SampleCourses.Create();
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        var data = fixture.Write();
        string[] options = ["--format", "html", "--lang", "ru", "--date", "2026-12-04", "--data-date", "2026-11-30"];

        // Separate processes in different time zones: any clock reading or unordered output would differ.
        var one = CliProcess.Run(["report", "--data", data, "--out", first.Path, .. options], new Dictionary<string, string?> { ["TZ"] = "UTC" });
        var two = CliProcess.Run(["report", "--data", data, "--out", second.Path, .. options], new Dictionary<string, string?> { ["TZ"] = "Asia/Vladivostok" });

        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.True(two.ExitCode == 0, two.ToString());
        var html = File.ReadAllBytes(first.File("report.html"));
        Assert.Equal(html, File.ReadAllBytes(second.File("report.html")));
        Assert.Equal(File.ReadAllBytes(first.File("results.json")), File.ReadAllBytes(second.File("results.json")));
        var text = System.Text.Encoding.UTF8.GetString(html);
        Assert.Contains("30 ноября 2026", text, StringComparison.Ordinal);
        Assert.Contains("4 декабря 2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WatchModeRendersEditsAndSurvivesErrors()
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();
        using var templates = new TemplateCopy();
        var data = fixture.Write();
        var report = output.File("report.html");
        using var watch = WatchProcess.Start(["report", "--watch", "--data", data, "--out", output.Path, "--lang", "en", "--date", "2026-12-04", "--templates", templates.Path]);
        WaitFor(() => File.Exists(report) && File.ReadAllText(report).Contains("</html>", StringComparison.Ordinal), watch);

        // A template edit shows without a restart.
        File.AppendAllText(Path.Combine(templates.Path, "sections", "Summary.sbn-html"), "<p>first edit</p>\n");
        WaitFor(() => File.ReadAllText(report).Contains("first edit", StringComparison.Ordinal), watch);

        // A broken template prints its error and keeps the last report and the process.
        File.AppendAllText(Path.Combine(templates.Path, "sections", "Summary.sbn-html"), "{{ misspelt_variable }}\n");
        WaitFor(() => watch.Error.Contains("misspelt_variable", StringComparison.Ordinal), watch);
        Assert.Matches(@"sections/Summary\.sbn-html\(\d+,4\): error: .*misspelt_variable", watch.Error);
        Assert.False(watch.HasExited);
        Assert.Contains("first edit", File.ReadAllText(report), StringComparison.Ordinal);

        // The fix shows, and a CSS edit shows too.
        var summary = Path.Combine(templates.Path, "sections", "Summary.sbn-html");
        File.WriteAllText(summary, File.ReadAllText(summary).Replace("{{ misspelt_variable }}", "<p>fixed</p>", StringComparison.Ordinal));
        WaitFor(() => File.ReadAllText(report).Contains("<p>fixed</p>", StringComparison.Ordinal), watch);
        File.AppendAllText(Path.Combine(templates.Path, "style.css"), "/* css edit */\n");
        WaitFor(() => File.ReadAllText(report).Contains("/* css edit */", StringComparison.Ordinal), watch);
        Assert.DoesNotContain("analysed again", watch.Error, StringComparison.Ordinal);

        // A data change runs the analysis again: student 6 passes a course, so 4 students now pass exactly one.
        File.AppendAllText(Path.Combine(data, "studentRegistration.csv"), "DDD,2014J,6,-30,\n");
        File.AppendAllText(Path.Combine(data, "studentAssessment.csv"), "2,6,200,0,90\n");
        // The message is printed after the files are written, so the test waits for both.
        WaitFor(() => File.ReadAllText(output.File("results.json")).Contains("\"students\": 4", StringComparison.Ordinal), watch);
        WaitFor(() => watch.Error.Contains("analysed again", StringComparison.Ordinal), watch);
    }

    /// <summary>Polls <paramref name="condition"/> for up to a minute; the limit only stops a hung test, the speed is measured in docs/benchmarks.md.</summary>
    private static void WaitFor(Func<bool> condition, WatchProcess watch)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (!SafeCheck(condition))
        {
            Assert.False(watch.HasExited, "Watch mode exited:\n" + watch.Error);
            Assert.True(DateTime.UtcNow < deadline, "Timed out. Watch mode printed:\n" + watch.Error);
            Thread.Sleep(20);
        }
    }

    // The report file is replaced by a rename, so a read can meet no file for a moment.
    private static bool SafeCheck(Func<bool> condition)
    {
        try
        {
            return condition();
        }
        catch (IOException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^\S+\(\d+,\d+\): error: ")]
    private static partial Regex CompilerStyle();
}
