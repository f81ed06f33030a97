using System.Text.Json;
using EduReport.Tests.Support;

namespace EduReport.Tests.EndToEnd;

/// <summary>Runs edureport report with a period, from the command line and from a configuration file.</summary>
public sealed class PeriodCommandTests
{
    // SampleCourses has DDD in 2013B and 2014J. DDD 2014J: 3 registrations, student 5 leaves (churn 1/3),
    // and both exam attempts pass (2/2). DDD 2013B: 2 registrations, none leaves, 1 of 2 attempts passes.
    // So against 2013B, the completion rate rises by 50.0 percentage points and churn by 33.3.

    [Fact]
    public void PeriodShowsOnCoverHeaderAndFileName()
    {
        using var fixture = SampleCourses.Create();
        using var folder = new TempDirectory();
        var config = folder.Write("edureport.json", $$"""
            { "dataFolder": "{{fixture.Write()}}", "outputFolder": "out", "formats": "pdf", "reportFileName": "report-{period}", "language": "ru" }
            """);

        var run = CliProcess.Run(["report", "--config", config, "--period", "latest"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["report-2014J.pdf", "results.json"], Directory.GetFiles(folder.File("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var text = ReportCommandTests.PdfText(folder.File("out/report-2014J.pdf"));
        Assert.Contains("Отчёт по аналитике онлайн-обучения · семестр 2014J", text, StringComparison.Ordinal);
        Assert.Matches(@"Семестр\s+2014J", text);
        Assert.Contains("↑ 50,0 п. п.", text, StringComparison.Ordinal);
        Assert.Contains("↑ 33,3 п. п.", text, StringComparison.Ordinal);
        Assert.Contains("Каждый модуль сравнивается со своим предыдущим семестром: DDD — с 2013B.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("с 2013B по 2014J", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ResultsJsonHasPeriodAndChange()
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();

        var run = CliProcess.Run(["report", "--data", fixture.Write(), "--out", output.Path, "--format", "html", "--period", "2014j"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(File.ReadAllBytes(output.File("results.json")));
        var root = json.RootElement;
        Assert.Equal("2014j", root.GetProperty("period").GetProperty("setting").GetString());
        Assert.Equal(["2014J"], root.GetProperty("period").GetProperty("presentations").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(3, root.GetProperty("dataset").GetProperty("registrations").GetInt32());
        var comparison = root.GetProperty("periodComparison");
        Assert.Equal("compared", comparison.GetProperty("status").GetString());
        Assert.Equal(0.5, comparison.GetProperty("completionRate").GetProperty("delta").GetDouble(), 12);
        Assert.Equal(1.0 / 3, comparison.GetProperty("churnRate").GetProperty("delta").GetDouble(), 12);
        Assert.Equal(1, comparison.GetProperty("registrations").GetProperty("delta").GetInt32());
        Assert.Equal(["2013B"], comparison.GetProperty("previousPresentations").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public void FirstPeriodSaysSo()
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();

        var run = CliProcess.Run(["report", "--data", fixture.Write(), "--out", output.Path, "--format", "html", "--period", "2013B", "--lang", "en"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var html = File.ReadAllText(output.File("report.html"));
        Assert.Contains("this is the first period, and there is nothing to compare it with.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"kpi-delta\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownPresentationStopsBeforeWriting()
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();

        var run = CliProcess.Run(["report", "--data", fixture.Write(), "--out", output.File("out"), "--format", "html", "--period", "2015J", "--lang", "en"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Invalid period \"2015J\": presentation 2015J is not in the data. Presentations in courses.csv: 2013B, 2014J.", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output.File("out")));
    }

    [Fact]
    public void InvalidPeriodNamesOption()
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();

        var run = CliProcess.Run(["report", "--data", fixture.Write(), "--out", output.File("out"), "--period", "2014", "--lang", "en"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("period = \"2014\" (set in --period)", run.Error, StringComparison.Ordinal);
        Assert.Contains("a range such as 2013J..2014J", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Loading data", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "the range is reversed because 2014J comes after 2013B. Write the earlier presentation first: 2013B..2014J")]
    [InlineData("ru", "диапазон задан в обратном порядке: семестр 2014J идёт позже 2013B. Укажите сначала более ранний семестр: 2013B..2014J")]
    public void ReversedPeriodSuggestsOrder(string language, string expected)
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();

        var run = CliProcess.Run(["report", "--data", fixture.Write(), "--out", output.File("out"), "--period", "2014J..2013B", "--lang", language]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output.File("out")));
    }

    [Theory]
    [InlineData("", "en", "The --period option is empty")]
    [InlineData(" ", "ru", "Значение параметра --period пустое")]
    public void EmptyPeriodIsUsageError(string period, string language, string expected)
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();

        var run = CliProcess.Run(["report", "--data", fixture.Write(), "--out", output.File("out"), "--period", period, "--lang", language]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output.File("out")));
    }

    [Fact]
    public void OptionOverridesConfigurationFile()
    {
        using var fixture = SampleCourses.Create();
        using var folder = new TempDirectory();
        var config = folder.Write("edureport.json", $$"""
            { "dataFolder": "{{fixture.Write()}}", "outputFolder": "out", "formats": "html", "period": "2013B", "resultsFileName": "results-{period}" }
            """);

        var fromFile = CliProcess.Run(["report", "--config", config]);
        var fromOption = CliProcess.Run(["report", "--config", config, "--period", "2014J"]);

        Assert.True(fromFile.ExitCode == 0, fromFile.ToString());
        Assert.True(fromOption.ExitCode == 0, fromOption.ToString());
        Assert.True(File.Exists(folder.File("out/results-2013B.json")));
        Assert.True(File.Exists(folder.File("out/results-2014J.json")));
    }

    [Theory]
    [InlineData("en", "2013J..2014J")]
    [InlineData("ru", "Семестры, которые охватывает отчёт")]
    public void HelpDescribesPeriod(string language, string expected)
    {
        var run = CliProcess.Run(["report", "--help", "--lang", language]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--period", run.Output, StringComparison.Ordinal);
        Assert.Contains(expected, run.Output, StringComparison.Ordinal);
    }
}
