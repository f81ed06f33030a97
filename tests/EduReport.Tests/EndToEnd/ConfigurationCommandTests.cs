using System.Text.Json;
using EduReport.Tests.Support;

namespace EduReport.Tests.EndToEnd;

/// <summary>Runs edureport with a configuration file, environment variables and options, as a scheduled job would.</summary>
public sealed class ConfigurationCommandTests
{
    [Fact]
    public void InvalidConfigurationStopsBeforeAnyWork()
    {
        using var fixture = SampleCourses.Create();
        using var folder = new TempDirectory();
        var config = folder.Write("edureport.json", $$"""
            { "dataFolder": "{{fixture.Write()}}", "outputFolder": "out", "formats": "html,docx", "email": { "port": "abc" } }
            """);

        var run = CliProcess.Run(["report", "--config", config, "--lang", "en"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("formats = \"docx\"", run.Error, StringComparison.Ordinal);
        Assert.Contains("html, pdf, eml", run.Error, StringComparison.Ordinal);
        Assert.Contains("email:port = \"abc\"", run.Error, StringComparison.Ordinal);
        Assert.Contains(config, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Loading data", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("out")));
    }

    [Fact]
    public void EnvironmentOverridesFileAndOptionOverridesEnvironment()
    {
        using var fixture = SampleCourses.Create();
        using var folder = new TempDirectory();
        var config = folder.Write("edureport.json", $$"""
            { "dataFolder": "{{fixture.Write()}}", "outputFolder": "from-file", "formats": ["html"], "title": "From the file" }
            """);
        var environment = new Dictionary<string, string?> { ["EDUREPORT_outputFolder"] = folder.File("from-environment"), ["EDUREPORT_TITLE"] = "From the environment" };

        var fromEnvironment = CliProcess.Run(["report", "--config", config], environment);
        var fromOption = CliProcess.Run(["report", "--config", config, "--out", folder.File("from-option")], environment);

        Assert.True(fromEnvironment.ExitCode == 0, fromEnvironment.ToString());
        Assert.True(fromOption.ExitCode == 0, fromOption.ToString());
        Assert.False(Directory.Exists(folder.File("from-file")));
        Assert.Contains("From the environment", File.ReadAllText(Path.Combine(folder.File("from-environment"), "report.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder.File("from-option"), "report.html")));
    }

    [Fact]
    public void MessagesFollowConfiguredLanguage()
    {
        using var folder = new TempDirectory();
        var config = folder.Write("edureport.json", $$"""{ "language": "ru", "dataFolder": "{{folder.File("nowhere")}}" }""");

        var run = CliProcess.Run(["report", "--config", config], new Dictionary<string, string?> { ["LANG"] = "en_GB.UTF-8", ["LC_ALL"] = null });

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("ошибка: ", run.Error.Split('\n').First(l => l.Contains("nowhere", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("Загрузка данных", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingDataFolderNamesBothWays()
    {
        using var folder = new TempDirectory();

        var run = CliProcess.Run(["report", "--lang", "en"], workingDirectory: folder.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--data", run.Error, StringComparison.Ordinal);
        Assert.Contains("dataFolder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidEnvironmentVariableIsNamed()
    {
        using var folder = new TempDirectory();

        var run = CliProcess.Run(["report", "--data", folder.Path, "--lang", "en"], new Dictionary<string, string?> { ["EDUREPORT_EMAIL__PORT"] = "abc" });

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("EDUREPORT_EMAIL__PORT", run.Error, StringComparison.Ordinal);
        Assert.Contains("\"abc\"", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void FileNamesTakePeriodAndDate()
    {
        using var fixture = SampleCourses.Create();
        using var folder = new TempDirectory();
        var config = folder.Write("edureport.json", $$"""
            {
              "dataFolder": "{{fixture.Write()}}", "outputFolder": "out", "formats": "html",
              "reportFileName": "report-{period}-{date:yyyyMMdd}", "resultsFileName": "results-{period}"
            }
            """);

        var run = CliProcess.Run(["report", "--config", config, "--date", "2026-12-04"]);

        // The sample covers presentations 2013B and 2014J; relative folders start at the configuration file.
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["report-2013B-2014J-20261204.html", "results-2013B-2014J.json"], Directory.GetFiles(folder.File("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SectionsAndDefinitionsComeFromFile()
    {
        using var fixture = SampleCourses.Create();
        using var folder = new TempDirectory();
        var config = folder.Write("edureport.json", $$"""
            {
              "dataFolder": "{{fixture.Write()}}", "outputFolder": "out", "formats": "html", "language": "en",
              "sections": ["SingleCoursePassers"], "definitions": { "passThreshold": 45 }
            }
            """);

        var run = CliProcess.Run(["report", "--config", config]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var html = File.ReadAllText(folder.File("out/report.html"));
        Assert.Contains("Students who passed exactly one course", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"data-and-definitions\"", html, StringComparison.Ordinal);

        // With a pass threshold of 45, student 4's score of 40 no longer passes: 2 of 5 students pass one course.
        using var results = JsonDocument.Parse(File.ReadAllBytes(folder.File("out/results.json")));
        Assert.Equal(45, results.RootElement.GetProperty("definitions").GetProperty("passThreshold").GetDouble());
        Assert.Equal(2, results.RootElement.GetProperty("singleCoursePassers").GetProperty("students").GetInt32());
    }

    [Fact]
    public void RedirectedLogsHaveNoColour()
    {
        using var fixture = SampleCourses.Create();
        using var folder = new TempDirectory();
        var data = fixture.Write();
        var command = $"dotnet '{CliProcess.ProgramPath}' report --data '{data}' --out '{folder.File("out")}' --format html";

        // script gives the program a terminal as standard output, as a cron job writing its errors to a file has.
        ProcessResult.Tool("script", "-qec", $"{command} 2>'{folder.File("redirected.log")}'", folder.File("typescript-1"));
        ProcessResult.Tool("script", "-qec", command, folder.File("typescript-2"));

        var redirected = File.ReadAllText(folder.File("redirected.log"));
        Assert.Contains("info:", redirected, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", redirected, StringComparison.Ordinal);

        // On a terminal the same log is coloured, so the check above can tell the two apart.
        Assert.Contains("\u001b[", File.ReadAllText(folder.File("typescript-2")), StringComparison.Ordinal);
    }
}
