using EduReport.Tests.Support;

namespace EduReport.Tests.EndToEnd;

/// <summary>Runs the edureport program with the analyst's files: the commentary and an edited config folder.</summary>
public sealed class AnalysisConfigurationTests
{
    private static string ShippedTemplates => Path.Combine(AppContext.BaseDirectory, "templates");

    [Fact]
    public void CommentaryAppearsInReport()
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();
        var commentary = output.Write("commentary.txt", "Первый абзац\nпродолжается здесь.\n\nВторой абзац <b>без разметки</b>.\n");

        var run = CliProcess.Run(["report", "--data", fixture.Write(), "--out", output.File("out"), "--format", "html", "--lang", "ru", "--commentary", commentary]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var html = File.ReadAllText(Path.Combine(output.File("out"), "report.html"));
        Assert.Contains("Комментарий аналитика", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"commentary\">Первый абзац продолжается здесь.</p>", html, StringComparison.Ordinal);
        Assert.Contains("Второй абзац &lt;b&gt;без разметки&lt;/b&gt;.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingCommentaryExitsWithUsageError()
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();
        var missing = output.File("no-such-commentary.txt");

        var run = CliProcess.Run(["report", "--data", fixture.Write(), "--out", output.File("out"), "--format", "html", "--lang", "en", "--commentary", missing]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(missing, run.Error, StringComparison.Ordinal);
        Assert.Contains("--commentary", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output.File("out")));
    }

    [Fact]
    public void InvalidSegmentRuleNamesFileLineAndValue()
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();
        var templates = CopyTemplates(output.File("templates"));
        var config = Path.Combine(templates, "config", "segments.json");
        File.WriteAllText(config, File.ReadAllText(config).Replace("\"<= 2\"", "\"average\"", StringComparison.Ordinal));

        var run = CliProcess.Run(["report", "--data", fixture.Write(), "--out", output.File("out"), "--format", "html", "--lang", "en", "--templates", templates]);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"segments\.json\(\d+,\d+\): invalid value average of segments\[2\]\.when\.monetary", run.Error);
    }

    [Fact]
    public void OutOfRangeThresholdNamesFileAndRange()
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();
        var templates = CopyTemplates(output.File("templates"));
        var config = Path.Combine(templates, "config", "recommendations.json");
        File.WriteAllText(config, File.ReadAllText(config).Replace("\"minLateShare\": 0.2", "\"minLateShare\": 2", StringComparison.Ordinal));

        var run = CliProcess.Run(["report", "--data", fixture.Write(), "--out", output.File("out"), "--format", "html", "--lang", "en", "--templates", templates]);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"recommendations\.json\(\d+,\d+\): invalid value 2 of rules\.late_coursework\.minLateShare", run.Error);
        Assert.Contains("from 0 to 1", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output.File("out")));
    }

    [Fact]
    public void EditedSegmentNameAppearsInReport()
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();
        var templates = CopyTemplates(output.File("templates"));
        var config = Path.Combine(templates, "config", "segments.json");
        File.WriteAllText(config, File.ReadAllText(config).Replace("\"Top performers\"", "\"Star students\"", StringComparison.Ordinal));

        var run = CliProcess.Run(["report", "--data", fixture.Write(), "--out", output.File("out"), "--format", "html", "--lang", "en", "--templates", templates]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Star students", File.ReadAllText(Path.Combine(output.File("out"), "report.html")), StringComparison.Ordinal);
    }

    private static string CopyTemplates(string target)
    {
        foreach (var file in Directory.EnumerateFiles(ShippedTemplates, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(ShippedTemplates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }
}
