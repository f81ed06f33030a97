using EduReport.Sample;
using EduReport.Tests.Support;

namespace EduReport.Tests.EndToEnd;

/// <summary>data/sample is what the README's first command runs on; it must be the generator's output and make a report.</summary>
public sealed class SampleDataTests
{
    private static string SampleFolder
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EduReport.sln")))
            {
                directory = directory.Parent;
            }

            return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("EduReport.sln was not found above the test folder."), "data", "sample");
        }
    }

    [Fact]
    public void SampleFolderIsTheGeneratorsOutput()
    {
        // data/sample/README.md names this command: sample --students 2000 --seed 1.
        using var generated = new TempDirectory();
        SampleGenerator.Write(generated.Path, 2000, seed: 1);

        foreach (var file in Directory.GetFiles(generated.Path))
        {
            var name = Path.GetFileName(file);
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(SampleFolder, name))), $"data/sample/{name} differs from the generator's output; regenerate it as data/sample/README.md says.");
        }
    }

    [Fact]
    public void ReadmeCommandRunsOnTheSample()
    {
        using var output = new TempDirectory();

        var result = CliProcess.Run(["report", "--data", SampleFolder, "--out", output.Path, "--format", "html", "--lang", "en"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var html = File.ReadAllText(output.File("report.html"));
        Assert.Contains("EduReport read 15,318 rows from four files", html, StringComparison.Ordinal);
    }
}
