using EduReport.Configuration;
using EduReport.Facts;
using EduReport.Pipeline;
using EduReport.Tests.Support;

namespace EduReport.Tests.Configuration;

/// <summary>Reads configuration files written in each test, without environment variables.</summary>
public sealed class SettingsLoaderTests
{
    [Fact]
    public void FileSetsEveryValue()
    {
        using var folder = new TempDirectory();

        var settings = Load(folder, """
            {
              "title": "Отчёт", "organisation": "Университет", "source": "OULAD", "language": "ru",
              "dataFolder": "data", "outputFolder": "/srv/reports", "formats": ["html", "eml"],
              "reportFileName": "report-{period}", "sections": ["singlecoursepassers"], "period": "2013J..2014J",
              "definitions": { "passThreshold": 50, "includeBanked": false, "courseScope": "module", "minAttemptsToRank": 10 },
              "email": {
                "host": "smtp.example.org", "tls": "implicit", "userName": "reports", "from": "EduReport <reports@example.org>",
                "to": ["a@example.org", "b@example.org"], "cc": "c@example.org, d@example.org",
                "subject": "{title}: {period}", "maxMessageBytes": 5000000, "retries": 5, "retryDelaySeconds": 2.5, "timeoutSeconds": 30
              }
            }
            """);

        Assert.Equal("Отчёт", settings.Title);
        Assert.Equal("Университет", settings.Organisation);
        Assert.Equal("ru", settings.Language);
        Assert.Equal(Path.Combine(folder.Path, "data"), settings.DataFolder);
        Assert.Equal("/srv/reports", settings.OutputFolder);

        // eml also writes the PDF, which the e-mail attaches.
        Assert.Equal(OutputFormat.Html | OutputFormat.Email | OutputFormat.Pdf, settings.Formats);
        Assert.Equal("report-{period}", settings.FileNames.Report.Text);
        Assert.Equal(["SingleCoursePassers"], settings.Sections);
        Assert.Equal("2013J..2014J", settings.Period);
        Assert.Equal(new Definitions { PassThreshold = 50, IncludeBanked = false, CourseScope = CourseScope.Module, MinAttemptsToRank = 10 }, settings.Definitions);

        var email = settings.Email;
        Assert.Equal("smtp.example.org:465", email.Server);
        Assert.Equal(TlsMode.Implicit, email.Tls);
        Assert.Equal(["a@example.org", "b@example.org"], email.To);
        Assert.Equal(["c@example.org", "d@example.org"], email.Cc);
        Assert.Empty(email.Bcc);
        Assert.Equal(5_000_000, email.MaxMessageBytes);
        Assert.Equal(5, email.Retries);
        Assert.Equal(TimeSpan.FromSeconds(2.5), email.RetryDelay);
        Assert.Equal(TimeSpan.FromSeconds(30), email.Timeout);
    }

    [Fact]
    public void ExampleFileIsValid()
    {
        var example = Path.Combine(RepositoryRoot(), "edureport.example.json");

        var settings = SettingsLoader.Load(new SettingsSources { ConfigurationFile = example, ReadEnvironment = false });

        Assert.Equal("ru", settings.Language);
        Assert.Equal(OutputFormat.Html | OutputFormat.Pdf | OutputFormat.Email, settings.Formats);
        Assert.Equal("smtp.example.org:587", settings.Email.Server);
        Assert.NotNull(settings.Email.Subject);
    }

    [Fact]
    public void ExampleFileSetsEveryKey()
    {
        using var example = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepositoryRoot(), "edureport.example.json")));
        var keys = typeof(SettingKeys).GetFields()
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(k => k is not SettingKeys.EmailPassword and not SettingKeys.Definitions)
            .Concat(typeof(Definitions).GetProperties().Where(p => p.SetMethod?.IsPublic == true)
                .Select(p => SettingKeys.Definitions + ":" + char.ToLowerInvariant(p.Name[0]) + p.Name[1..]));

        foreach (var key in keys)
        {
            var node = example.RootElement;
            foreach (var part in key.Split(':'))
            {
                Assert.True(node.TryGetProperty(part, out node), $"edureport.example.json does not set {key}.");
            }
        }
    }

    [Fact]
    public void SignificanceLevelRangeReadsAsAboveZero()
    {
        using var folder = new TempDirectory();

        var error = Assert.Throws<ConfigurationException>(() => Load(folder, """{ "definitions": { "significanceLevel": 0 } }"""));

        Assert.Contains("definitions:significanceLevel", error.Message, StringComparison.Ordinal);
        Assert.Contains(" 0.5", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("E-324", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultsWithoutFile()
    {
        using var folder = new TempDirectory();

        var settings = SettingsLoader.Load(new SettingsSources { WorkingDirectory = folder.Path, ReadEnvironment = false });

        Assert.Null(settings.ConfigurationFile);
        Assert.Equal(Path.Combine(folder.Path, "output"), settings.OutputFolder);
        Assert.Equal(OutputFormat.Html | OutputFormat.Pdf, settings.Formats);
        Assert.Null(settings.Sections);
        Assert.Equal(new Definitions(), settings.Definitions);
        Assert.Equal("report", settings.FileNames.Report.Text);
        Assert.Equal(TlsMode.StartTls, settings.Email.Tls);
        Assert.Equal(587, settings.Email.EffectivePort);
    }

    [Fact]
    public void WorkingDirectoryFileIsRead()
    {
        using var folder = new TempDirectory();
        folder.Write(SettingsLoader.DefaultFileName, """{ "title": "Found" }""");

        var settings = SettingsLoader.Load(new SettingsSources { WorkingDirectory = folder.Path, ReadEnvironment = false });

        Assert.Equal("Found", settings.Title);
        Assert.Equal(folder.File(SettingsLoader.DefaultFileName), settings.ConfigurationFile);
    }

    [Fact]
    public void InvalidValuesNameKeyValueAndAllowedValues()
    {
        using var folder = new TempDirectory();

        var error = Assert.Throws<ConfigurationException>(() => Load(folder, """
            {
              "language": "de", "formats": "html,docx",
              "email": { "port": "smtp", "tls": "ssl", "to": ["not an address"], "retries": 11 },
              "definitions": { "passThreshold": 140, "courseScope": "term", "includeBanked": "maybe" }
            }
            """));

        // One message per invalid value, each with the key, the value, the file and the allowed values.
        var lines = error.Message.Split('\n');
        Assert.Equal(9, lines.Length);
        Assert.All(lines, line => Assert.Contains(folder.File("edureport.json"), line, StringComparison.Ordinal));
        AssertLine(lines, "language", "\"de\"", "ru, en");
        AssertLine(lines, "formats", "\"docx\"", "html, pdf, eml");
        AssertLine(lines, "email:port", "\"smtp\"", "65535");
        AssertLine(lines, "email:tls", "\"ssl\"", "startTls, implicit, none");
        AssertLine(lines, "email:to", "\"not an address\"", "reports@example.org");
        AssertLine(lines, "email:retries", "\"11\"", "10");
        AssertLine(lines, "definitions:passThreshold", "\"140\"", "100");
        AssertLine(lines, "definitions:courseScope", "\"term\"", "presentation, module");
        AssertLine(lines, "definitions:includeBanked", "\"maybe\"", "true, false");
    }

    [Fact]
    public void BooleanDefinitionIsChecked()
    {
        using var folder = new TempDirectory();

        var error = Assert.Throws<ConfigurationException>(() => Load(folder, """{ "definitions": { "includeBanked": "maybe" } }"""));

        Assert.Contains("definitions:includeBanked", error.Message, StringComparison.Ordinal);
        Assert.Contains("true, false", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKeysListKnownKeys()
    {
        using var folder = new TempDirectory();

        var error = Assert.Throws<ConfigurationException>(() => Load(folder, """
            { "titel": "x", "email": { "hots": "smtp.example.org" }, "definitions": { "passTreshold": 50 } }
            """));

        var lines = error.Message.Split('\n');
        Assert.Equal(3, lines.Length);
        AssertLine(lines, "titel", "title", "outputFolder");
        AssertLine(lines, "email:hots", "host", "userName");
        AssertLine(lines, "definitions:passTreshold", "passThreshold", "courseScope");
    }

    [Fact]
    public void PasswordInFileIsRejectedWithoutEchoingIt()
    {
        using var folder = new TempDirectory();

        var error = Assert.Throws<ConfigurationException>(() => Load(folder, """{ "email": { "password": "hunter2-secret" } }"""));

        Assert.Contains("email:password", error.Message, StringComparison.Ordinal);
        Assert.Contains(SmtpPassword.EnvironmentVariable, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", error.Message, StringComparison.Ordinal);
        Assert.Single(error.Message.Split('\n'));
    }

    [Fact]
    public void SetOverridesOptionAndOptionOverridesFile()
    {
        using var folder = new TempDirectory();
        var file = folder.Write("edureport.json", """{ "title": "file", "organisation": "file", "source": "file" }""");

        var settings = SettingsLoader.Load(new SettingsSources
        {
            ConfigurationFile = file,
            ReadEnvironment = false,
            Options = [new OptionSetting("organisation", "option", "--organisation"), new OptionSetting("source", "option", "--source")],
            Assignments = ["source=set"],
        });

        Assert.Equal("file", settings.Title);
        Assert.Equal("option", settings.Organisation);
        Assert.Equal("set", settings.Source);
    }

    [Fact]
    public void OverriddenListReplacesWholeList()
    {
        using var folder = new TempDirectory();

        // Merged item by item, the override would keep b and c from the file.
        var settings = Load(folder, """{ "email": { "to": ["a@example.org", "b@example.org", "c@example.org"] } }""", "email:to=d@example.org");

        Assert.Equal(["d@example.org"], settings.Email.To);
    }

    [Fact]
    public void ErrorNamesTheOptionThatSetTheValue()
    {
        using var folder = new TempDirectory();

        var error = Assert.Throws<ConfigurationException>(() => SettingsLoader.Load(new SettingsSources
        {
            WorkingDirectory = folder.Path,
            ReadEnvironment = false,
            Options = [new OptionSetting("formats", "html,docx", "--format")],
        }));

        Assert.Contains("--format", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"docx\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidSetArgumentIsRejected()
    {
        using var folder = new TempDirectory();

        var error = Assert.Throws<ConfigurationException>(() => Load(folder, "{}", "email:port"));

        Assert.Contains("email:port", error.Message, StringComparison.Ordinal);
        Assert.Contains("KEY=VALUE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidJsonNamesLineAndColumn()
    {
        using var folder = new TempDirectory();

        var error = Assert.Throws<ConfigurationException>(() => Load(folder, "{\n  \"title\": \"x\",\n  \"language\" \"ru\"\n}"));

        Assert.Contains(folder.File("edureport.json"), error.Message, StringComparison.Ordinal);

        // The third line lacks the colon after "language".
        Assert.Matches(@"\b3\b", error.Message);
        Assert.Contains("'\"'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingNamedFileIsError()
    {
        using var folder = new TempDirectory();

        var error = Assert.Throws<ConfigurationException>(() => SettingsLoader.Load(new SettingsSources { ConfigurationFile = folder.File("nowhere.json"), ReadEnvironment = false }));

        Assert.Contains(folder.File("nowhere.json"), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report/{period}")]
    [InlineData("report-{month}")]
    [InlineData("{date:}")]
    public void InvalidFileNameIsRejected(string pattern)
    {
        using var folder = new TempDirectory();

        var error = Assert.Throws<ConfigurationException>(() => Load(folder, $$"""{ "reportFileName": "{{pattern}}" }"""));

        Assert.Contains("reportFileName", error.Message, StringComparison.Ordinal);
        Assert.Contains(pattern, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("all", true)]
    [InlineData("latest", true)]
    [InlineData("2014J", true)]
    [InlineData("2013B..2014J", true)]
    [InlineData("2014", false)]
    [InlineData("last", false)]
    public void PeriodSyntaxIsChecked(string period, bool valid)
    {
        using var folder = new TempDirectory();
        var json = $$"""{ "period": "{{period}}" }""";

        if (valid)
        {
            Assert.Equal(period, Load(folder, json).Period);
        }
        else
        {
            var error = Assert.Throws<ConfigurationException>(() => Load(folder, json));
            Assert.Contains("2013J..2014J", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ReversedPeriodSuggestsOrder()
    {
        using var folder = new TempDirectory();

        var error = Assert.Throws<ConfigurationException>(() => Load(folder, """{ "period": "2014J..2013B" }"""));

        Assert.Contains("2014J..2013B", error.Message, StringComparison.Ordinal);
        Assert.Contains("reversed", error.Message, StringComparison.Ordinal);
        Assert.Contains("2013B..2014J", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownSectionListsSections()
    {
        using var folder = new TempDirectory();

        var error = Assert.Throws<ConfigurationException>(() => Load(folder, """{ "sections": ["Summary"] }"""));

        Assert.Contains("\"Summary\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("SingleCoursePassers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SendingNeedsHostSenderAndRecipients()
    {
        using var folder = new TempDirectory();
        var settings = Load(folder, """{ "email": { "cc": ["c@example.org"] } }""");

        var error = Assert.Throws<ConfigurationException>(() => EmailSettingsCheck.RequireComplete(settings));

        var lines = error.Message.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Contains("email:host", lines[0], StringComparison.Ordinal);
        Assert.Contains("email:from", lines[1], StringComparison.Ordinal);
        Assert.Contains("email:to", lines[2], StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EduReport.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("EduReport.sln was not found above the test folder.");
    }

    private static EduReportSettings Load(TempDirectory folder, string json, params string[] assignments)
    {
        var file = folder.Write("edureport.json", json);
        return SettingsLoader.Load(new SettingsSources
        {
            ConfigurationFile = file,
            WorkingDirectory = folder.Path,
            ReadEnvironment = false,
            Assignments = assignments,
        });
    }

    private static void AssertLine(string[] lines, string key, params string[] parts)
    {
        var line = lines.FirstOrDefault(l => l.Contains(" " + key + " ", StringComparison.Ordinal));
        Assert.True(line is not null, $"No message names {key}:\n{string.Join('\n', lines)}");
        foreach (var part in parts)
        {
            Assert.Contains(part, line, StringComparison.Ordinal);
        }
    }
}
