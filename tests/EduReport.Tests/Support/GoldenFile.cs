using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace EduReport.Tests.Support;

/// <summary>
/// Compares text with a golden file under tests/EduReport.Tests/Golden. A difference fails with a
/// line diff. A missing golden file fails when CI=true; elsewhere it is written, and the test fails
/// once with a message asking to review and commit it. EDUREPORT_UPDATE_GOLDEN=1 rewrites every
/// golden file that differs.
/// </summary>
public static class GoldenFile
{
    public const string UpdateVariable = "EDUREPORT_UPDATE_GOLDEN";

    /// <summary>The folder of the golden files in the source tree.</summary>
    public static string Directory => Path.Combine(RepositoryPaths.Root, "tests", "EduReport.Tests", "Golden");

    public static void AssertMatches(string name, string actual)
    {
        var path = Path.Combine(Directory, name);
        actual = actual.ReplaceLineEndings("\n");
        if (!File.Exists(path))
        {
            Assert.False(
                string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
                $"The golden file {path} is missing. Run dotnet test on a development machine to write it, review it and commit it.");
            Write(path, actual);
            Assert.Fail($"Wrote the new golden file {path}. Review it, commit it and run the tests again.");
        }

        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Write(path, actual);
            return;
        }

        var received = Path.Combine(AppContext.BaseDirectory, "golden-received", name);
        Write(received, actual);
        Assert.Fail($"{name} differs from its golden file {path}.\nReceived output: {received}\n"
            + $"If the change is intended, run the tests with {UpdateVariable}=1 and commit the golden file.\n\n{Diff(expected, actual)}");
    }

    /// <summary>Returns the changed lines with two lines of context, "-" for the golden file and "+" for the output.</summary>
    private static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        var lines = diff.Lines;
        var shown = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type is ChangeType.Inserted or ChangeType.Deleted)
            {
                for (var j = Math.Max(0, i - 2); j <= Math.Min(lines.Count - 1, i + 2); j++)
                {
                    shown[j] = true;
                }
            }
        }

        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!shown[i])
            {
                continue;
            }

            if (i > 0 && !shown[i - 1])
            {
                text.AppendLine("...");
            }

            var prefix = lines[i].Type switch { ChangeType.Inserted => "+ ", ChangeType.Deleted => "- ", _ => "  " };
            text.Append(prefix).AppendLine(lines[i].Text);
        }

        return text.ToString();
    }

    private static void Write(string path, string content)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}

/// <summary>Paths in the source tree, found from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EduReport.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("EduReport.sln was not found above the test folder.");
        }
    }
}
