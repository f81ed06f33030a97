using System.CommandLine;
using EduReport.Cli.Commands;
using EduReport.Facts;
using EduReport.Tests.Support;

namespace EduReport.Tests.Cli;

public sealed class DefinitionOptionsBinderTests
{
    [Fact]
    public void NoOptionsKeepDefaults()
    {
        Assert.Equal(new Definitions(), Bind([]));
    }

    [Fact]
    public void EveryOptionSetsItsDefinition()
    {
        var definitions = Bind([
            "--pass-threshold", "42.5", "--banked", "exclude", "--course-scope", "module",
            "--churn", "after-start", "--min-attempts", "10", "--significance-level", "0.01",
        ]);

        Assert.Equal(42.5, definitions.PassThreshold);
        Assert.False(definitions.IncludeBanked);
        Assert.Equal(CourseScope.Module, definitions.CourseScope);
        Assert.True(definitions.ChurnAfterStartOnly);
        Assert.Equal(10, definitions.MinAttemptsToRank);
        Assert.Equal(0.01, definitions.SignificanceLevel);
    }

    [Fact]
    public void DecimalCommaIsAccepted()
    {
        Assert.Equal(0.05, Bind(["--significance-level", "0,05"]).SignificanceLevel);
        Assert.Equal(40.5, Bind(["--pass-threshold", "40,5"]).PassThreshold);
    }

    [Theory]
    [InlineData("--pass-threshold", "101")]
    [InlineData("--pass-threshold", "-1")]
    [InlineData("--pass-threshold", "forty")]
    [InlineData("--pass-threshold", "NaN")]
    [InlineData("--min-attempts", "0")]
    [InlineData("--min-attempts", "2.5")]
    [InlineData("--significance-level", "0")]
    [InlineData("--significance-level", "1")]
    public void InvalidNumberNamesOptionAndValue(string option, string value)
    {
        var error = Assert.Throws<ConfigurationException>(() => Bind([option, value]));

        Assert.Contains(option, error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{value}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--banked", "maybe")]
    [InlineData("--course-scope", "semester")]
    [InlineData("--churn", "before-start")]
    public void UnknownChoiceIsParseError(string option, string value)
    {
        var command = new Command("report");
        DefinitionOptionsBinder.AddTo(command);

        var parse = command.Parse([option, value]);

        Assert.NotEmpty(parse.Errors);
        Assert.Contains(value, parse.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidThresholdExitsWithUsageError()
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();

        var run = CliProcess.Run(["report", "--data", fixture.Write(), "--out", output.Path, "--format", "html", "--lang", "en", "--pass-threshold", "120"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Invalid value '120' for --pass-threshold", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output.File("report.html")));
    }

    [Fact]
    public void OptionsReachTheReport()
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();

        var run = CliProcess.Run(["report", "--data", fixture.Write(), "--out", output.Path, "--format", "html", "--lang", "en", "--pass-threshold", "45", "--churn", "after-start"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var json = File.ReadAllText(output.File("results.json"));
        Assert.Contains("\"passThreshold\": 45", json, StringComparison.Ordinal);
        Assert.Contains("\"churnAfterStartOnly\": true", json, StringComparison.Ordinal);
    }

    private static Definitions Bind(string[] args)
    {
        var command = new Command("report");
        var binder = DefinitionOptionsBinder.AddTo(command);
        var parse = command.Parse(args);
        Assert.Empty(parse.Errors);
        return binder.Bind(parse, new Definitions());
    }
}
