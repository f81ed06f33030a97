using EduReport.Cli;

namespace EduReport.Tests.Cli;

/// <summary>An exception that no stage turned into a message must still end with one line and an exit code, not a crash.</summary>
public sealed class InternalErrorTests
{
    [Fact]
    public void BugPrintsOneLineAndDetailsFile()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        UiLanguage.Apply("en");
        Exception bug;
        try
        {
            throw new InvalidOperationException("Sequence contains no elements");
        }
        catch (InvalidOperationException e)
        {
            bug = e;
        }

        var code = CliApp.ReportInternalError(bug, new CliConsole(output, error));

        Assert.Equal(ExitCodes.Internal, code);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: Internal error InvalidOperationException: Sequence contains no elements.", line, StringComparison.Ordinal);
        var detailsFile = System.Text.RegularExpressions.Regex.Match(line, @"details in (\S+\.txt)").Groups[1].Value;
        Assert.True(File.Exists(detailsFile), line);
        Assert.Contains(nameof(BugPrintsOneLineAndDetailsFile), File.ReadAllText(detailsFile), StringComparison.Ordinal);
        File.Delete(detailsFile);
    }
}
