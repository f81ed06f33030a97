using System.Text.RegularExpressions;

namespace EduReport.Tests.Architecture;

/// <summary>
/// Rules of the code base that a compiler does not check, found by reading the source. A failure names
/// the file and line of each breach.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static string RepositoryRoot
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

    [Fact]
    public void NoClockOutsideTimeProvider()
    {
        // The report date is configured and e-mail retries wait through a TimeProvider, so that equal
        // inputs give equal output and tests control time.
        Assert.Empty(Breaches(LibraryAndCli(), WallClock()));
    }

    [Fact]
    public void NoConsoleOutsideCommandLine()
    {
        // The library reports through return values, exceptions and ILogger; only the host writes to the console.
        Assert.Empty(Breaches(Library(), ConsoleUse()));
    }

    [Fact]
    public void ChromiumStartsInOnePlace()
    {
        var breaches = Breaches(LibraryAndCli(), ChromiumLaunch())
            .Where(b => !b.StartsWith("src/EduReport/Render/Pdf/PdfPrinter.cs:", StringComparison.Ordinal));

        Assert.Empty(breaches);
    }

    [Fact]
    public void AnalysisNeverFormats()
    {
        // Results hold numbers; the Render stage formats them in the report language.
        var analysis = Library().Where(f => f.Contains("/Questions/", StringComparison.Ordinal) && f.EndsWith("Analysis.cs", StringComparison.Ordinal));

        Assert.Empty(Breaches(analysis, Formatting()));
    }

    private static IEnumerable<string> Library() => SourceFiles("src/EduReport");

    private static IEnumerable<string> LibraryAndCli() => Library().Concat(SourceFiles("src/EduReport.Cli"));

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot, folder), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryRoot, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Where(f => !f.EndsWith("Tests.cs", StringComparison.Ordinal))
            .Where(f => !f.EndsWith("/Program.cs", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>Returns "file:line: text" for each line that matches, skipping comments.</summary>
    private static List<string> Breaches(IEnumerable<string> files, Regex pattern)
    {
        var breaches = new List<string>();
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(Path.Combine(RepositoryRoot, file));
            for (var i = 0; i < lines.Length; i++)
            {
                var code = lines[i].TrimStart();
                if (!code.StartsWith("//", StringComparison.Ordinal) && pattern.IsMatch(code))
                {
                    breaches.Add($"{file}:{i + 1}: {code}");
                }
            }
        }

        return breaches;
    }

    [GeneratedRegex(@"\bDateTime(Offset)?\.(Now|UtcNow|Today)\b")]
    private static partial Regex WallClock();

    [GeneratedRegex(@"\bConsole\.")]
    private static partial Regex ConsoleUse();

    [GeneratedRegex(@"\bPuppeteer\.Launch|\bnew\s+LaunchOptions\b")]
    private static partial Regex ChromiumLaunch();

    [GeneratedRegex(@"\.ToString\(\s*""[NPCFDnpcfd]\d*""|string\.Format\(|\$""[^""]*\{[^}]+:[NPFnpf]\d*\}")]
    private static partial Regex Formatting();
}
