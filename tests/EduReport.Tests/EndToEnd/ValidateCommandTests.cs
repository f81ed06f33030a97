using System.Text.Json;
using EduReport.Tests.Support;

namespace EduReport.Tests.EndToEnd;

/// <summary>edureport validate run as a user runs it: exit codes, the table and the JSON.</summary>
public sealed class ValidateCommandTests
{
    [Fact]
    public void ErrorsGiveExitCodeTwo()
    {
        // A score of 150 on line 3 is an error and is blanked, so the exam has no result left: with
        // the missing score on line 2, two warnings, and the note that the course has no exam results.
        using var fixture = new OuladFixture()
            .Course("DDD", "2013B")
            .Assessment("DDD", "2013B", 1, "Exam", "240")
            .Registration("DDD", "2013B", 1).Registration("DDD", "2013B", 2)
            .Submission(1, 1, score: "").Submission(1, 2, score: "150");

        var result = CliProcess.Run(["validate", "--data", fixture.Write(), "--lang", "en"]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("Score outside 0 to 100", result.Output, StringComparison.Ordinal);
        Assert.Contains("line 3: id_assessment 1, id_student 2; value '150'", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 error(s), 2 warning(s), 1 note(s)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void WarningsAloneExitWithZeroUnlessStrict()
    {
        using var fixture = new OuladFixture()
            .Course("DDD", "2013B")
            .Assessment("DDD", "2013B", 1, "Exam", "240")
            .Registration("DDD", "2013B", 1)
            .Submission(1, 1, score: "");
        var folder = fixture.Write();

        var lenient = CliProcess.Run(["validate", "--data", folder, "--lang", "en"]);
        var strict = CliProcess.Run(["validate", "--data", folder, "--lang", "en", "--strict"]);

        Assert.True(lenient.ExitCode == 0, lenient.ToString());
        Assert.True(strict.ExitCode == 2, strict.ToString());
    }

    [Fact]
    public void JsonListsFindingsByKind()
    {
        using var fixture = new OuladFixture()
            .Course("DDD", "2013B")
            .Assessment("DDD", "2013B", 1, "Exam", "240")
            .Registration("DDD", "2013B", 1).Registration("DDD", "2013B", 1)
            .Submission(1, 1, score: "70");

        var result = CliProcess.Run(["validate", "--data", fixture.Write(), "--json", "--lang", "ru", "--hide-values"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(0, root.GetProperty("exitCode").GetInt32());
        Assert.Equal(1, root.GetProperty("warnings").GetInt64());
        var finding = root.GetProperty("findings").EnumerateArray().Single();
        Assert.Equal("DuplicateRow", finding.GetProperty("kind").GetString());
        Assert.Equal("Повторяющаяся строка", finding.GetProperty("title").GetString());
        var example = finding.GetProperty("examples").EnumerateArray().Single();
        Assert.Equal(3, example.GetProperty("line").GetInt64());
        Assert.Equal(2, example.GetProperty("otherLine").GetInt64());

        // Hidden values leave the student id out of the key.
        Assert.Equal("DDD 2013B", example.GetProperty("key").GetString());
        Assert.Equal(1, root.GetProperty("files")[3].GetProperty("rowsExcluded").GetInt64());
    }

    [Fact]
    public void UnreadableFileGivesExitCodeTwo()
    {
        using var fixture = new OuladFixture().Course("DDD", "2013B");
        var folder = fixture.Write();
        File.WriteAllText(Path.Combine(folder, "assessments.csv"), "code_module,id_assessment\nDDD,1\n");

        var result = CliProcess.Run(["validate", "--data", folder, "--lang", "en"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("assessments.csv: missing columns code_presentation, assessment_type, date, weight", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidDelimiterIsAUsageError()
    {
        using var fixture = new OuladFixture();

        var result = CliProcess.Run(["validate", "--data", fixture.Write(), "--delimiter", "ab", "--lang", "en"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Invalid delimiter 'ab'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void StrictReportWritesNothing()
    {
        using var fixture = new OuladFixture()
            .Course("DDD", "2013B")
            .Assessment("DDD", "2013B", 1, "Exam", "240")
            .Registration("DDD", "2013B", 1)
            .Submission(1, 1, score: "");
        using var output = new TempDirectory();

        var result = CliProcess.Run(["report", "--data", fixture.Write(), "--out", output.Path, "--format", "html", "--strict", "--lang", "en"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("studentAssessment.csv, line 2, column score: Missing values", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(output.Path));
    }
}
