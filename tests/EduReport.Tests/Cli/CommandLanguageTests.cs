using EduReport.Tests.Support;

namespace EduReport.Tests.Cli;

/// <summary>The language of every command's messages and help: chosen with --lang, else from LANG.</summary>
public sealed class CommandLanguageTests
{
    [Theory]
    [InlineData("ru", "Записано студентов: 20")]
    [InlineData("en", "Wrote 20 students")]
    public void SampleTakesLang(string language, string message)
    {
        using var output = new TempDirectory();

        var run = CliProcess.Run(["sample", "--out", output.Path, "--students", "20", "--lang", language]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "Недопустимый адрес «ftp://example.org/oulad.zip»")]
    [InlineData("en", "Invalid address 'ftp://example.org/oulad.zip'")]
    public void FetchTakesLang(string language, string message)
    {
        using var output = new TempDirectory();

        var run = CliProcess.Run(["fetch", "oulad", "--out", output.Path, "--url", "ftp://example.org/oulad.zip", "--lang", language]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("send")]
    [InlineData("validate")]
    [InlineData("sample")]
    [InlineData("fetch")]
    [InlineData("fetch oulad")]
    public void EveryCommandTakesLang(string command)
    {
        var run = CliProcess.Run([.. command.Split(' '), "--help", "--lang", "en"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        if (command != "fetch")
        {
            Assert.Contains("--lang <ru|en>", run.Output, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string[], IReadOnlyDictionary<string, string?>?> RussianHelpRuns => new()
    {
        { ["report", "--help", "--lang", "ru"], null },
        { ["--help", "--lang", "ru"], null },
        { ["send", "--help"], new Dictionary<string, string?> { ["LANG"] = "ru_RU.UTF-8", ["LC_ALL"] = null, ["LANGUAGE"] = null } },
        { ["fetch", "--help"], new Dictionary<string, string?> { ["LANG"] = "ru_RU.UTF-8", ["LC_ALL"] = null, ["LANGUAGE"] = null } },
        { ["sample", "-h", "--lang", "ru"], null },
    };

    [Theory]
    [MemberData(nameof(RussianHelpRuns))]
    public void RussianHelpHasNoEnglish(string[] arguments, IReadOnlyDictionary<string, string?>? environment)
    {
        var run = CliProcess.Run(arguments, environment);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Использование:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Показать справку", run.Output, StringComparison.Ordinal);
        foreach (var english in new[] { "Description:", "Usage:", "Options:", "Commands:", "Arguments:", "Show help", "Show version", "[options]", "[command]", "(REQUIRED)", "[default:" })
        {
            Assert.DoesNotContain(english, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RussianHelpNamesEverySection()
    {
        var root = CliProcess.Run(["--help", "--lang", "ru"]).Output;
        var send = CliProcess.Run(["send", "--help", "--lang", "ru"]).Output;
        var sample = CliProcess.Run(["sample", "--help", "--lang", "ru"]).Output;

        Assert.StartsWith("Описание:\n  EduReport: отчёты", root, StringComparison.Ordinal);
        Assert.Contains("Использование:\n  edureport [команда] [параметры]", root, StringComparison.Ordinal);
        Assert.Contains("Команды:\n  report ", root, StringComparison.Ordinal);
        Assert.Contains("--version       Показать версию", root, StringComparison.Ordinal);
        Assert.Contains("Использование:\n  edureport send [<FILE>] [параметры]", send, StringComparison.Ordinal);
        Assert.Contains("Аргументы:\n  <FILE>  Файл .eml для отправки.", send, StringComparison.Ordinal);
        Assert.Contains("--out <DIR> (обязательный)", sample, StringComparison.Ordinal);
        Assert.Contains("[по умолчанию: 2000]", sample, StringComparison.Ordinal);
    }

    [Fact]
    public void EnglishHelpKeepsLibraryLayout()
    {
        var root = CliProcess.Run(["--help", "--lang", "en"]).Output;
        var sample = CliProcess.Run(["sample", "--help", "--lang", "en"]).Output;

        Assert.StartsWith("Description:\n  EduReport:", root, StringComparison.Ordinal);
        Assert.Contains("Usage:\n  edureport [command] [options]", root, StringComparison.Ordinal);
        Assert.Contains("Options:\n  -?, -h, --help  Show help and usage information\n  --version       Show version information\n", root, StringComparison.Ordinal);
        Assert.Contains("Commands:\n  report ", root, StringComparison.Ordinal);
        Assert.Contains("--out <DIR> (REQUIRED)  The folder the four CSV files are written to.", sample, StringComparison.Ordinal);
        Assert.Contains("[default: 2000]", sample, StringComparison.Ordinal);
    }
}
