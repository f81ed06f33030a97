using EduReport.Tests.Support;

namespace EduReport.Tests.EndToEnd;

/// <summary>Runs <c>edureport sample</c> as a child process against a folder that already has data.</summary>
public sealed class SampleCommandTests
{
    private static readonly Dictionary<string, string?> English = new() { ["LANG"] = "en_US.UTF-8", ["LC_ALL"] = "en_US.UTF-8" };

    [Fact]
    public void ExistingDataFileIsKept()
    {
        using var folder = new TempDirectory();
        var real = folder.Write("studentAssessment.csv", "id_assessment,id_student,date_submitted,is_banked,score\n1752,11391,18,0,78\n");

        var run = CliProcess.Run(["sample", "--out", folder.Path, "--students", "10"], English);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{real} already exists", run.Error, StringComparison.Ordinal);
        Assert.Contains("--force", run.Error, StringComparison.Ordinal);
        Assert.Equal("id_assessment,id_student,date_submitted,is_banked,score\n1752,11391,18,0,78\n", File.ReadAllText(real));
        Assert.False(File.Exists(folder.File("courses.csv")));
    }

    [Fact]
    public void ForceOverwritesExistingData()
    {
        using var folder = new TempDirectory();
        folder.Write("courses.csv", "old\n");

        var run = CliProcess.Run(["sample", "--out", folder.Path, "--students", "10", "--force"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("code_module,code_presentation,module_presentation_length", File.ReadAllText(folder.File("courses.csv")), StringComparison.Ordinal);
    }
}
