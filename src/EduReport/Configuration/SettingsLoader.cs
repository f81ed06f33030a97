using System.Collections;
using System.Text.Json;
using EduReport.Deliver;
using EduReport.Pipeline;
using EduReport.Render;
using Microsoft.Extensions.Configuration;

namespace EduReport.Configuration;

/// <summary>
/// Reads the settings of a run through Microsoft.Extensions.Configuration: edureport.json, then
/// environment variables, then command-line options, each overriding the one before. Every value is
/// checked before any work starts; all invalid values are reported together in one
/// <see cref="ConfigurationException"/> that names the key, the value, where it was set and the
/// allowed values.
/// </summary>
public static partial class SettingsLoader
{
    public const string DefaultFileName = "edureport.json";
    public const string EnvironmentPrefix = "EDUREPORT_";

    /// <summary>The output formats as written in the configuration.</summary>
    public static readonly IReadOnlyList<string> FormatNames = ["html", "pdf", "eml"];

    public static EduReportSettings Load(SettingsSources sources)
    {
        var file = FindFile(sources);
        var (root, sourceInfo) = Build(sources, file);
        var reader = new ConfigurationReader(root, sourceInfo);

        var settings = Read(reader, file, sources.WorkingDirectory);
        if (reader.Forbidden(SettingKeys.EmailPassword) is not null)
        {
            reader.AddProblem(Localization.Text.Message("Config_PasswordNotAllowed", SettingKeys.EmailPassword, reader.Describe(SettingKeys.EmailPassword)));
        }

        reader.CheckUnknownKeys();
        return reader.Problems.Count == 0
            ? settings
            : throw new ConfigurationException(string.Join('\n', reader.Problems));
    }

    private static string? FindFile(SettingsSources sources)
    {
        if (sources.ConfigurationFile is { } named)
        {
            var path = Path.GetFullPath(named, sources.WorkingDirectory);
            return File.Exists(path)
                ? path
                : throw new ConfigurationException(Localization.Text.Message("Config_FileNotFound", path));
        }

        var local = Path.Combine(sources.WorkingDirectory, DefaultFileName);
        return File.Exists(local) ? local : null;
    }

    private static (IConfigurationRoot Root, IReadOnlyList<ConfigurationSourceInfo> Sources) Build(SettingsSources sources, string? file)
    {
        var builder = new ConfigurationBuilder();
        var info = new List<ConfigurationSourceInfo>();
        if (file is not null)
        {
            builder.AddJsonFile(file, optional: false, reloadOnChange: false);
            info.Add(new ConfigurationSourceInfo(_ => file, Path.GetDirectoryName(file), CheckUnknownKeys: true));
        }

        if (sources.ReadEnvironment)
        {
            builder.AddEnvironmentVariables(EnvironmentPrefix);
            info.Add(new ConfigurationSourceInfo(EnvironmentVariableName, sources.WorkingDirectory, CheckUnknownKeys: false));
        }

        var options = sources.Options.ToDictionary(o => o.Key, o => o.Option, StringComparer.OrdinalIgnoreCase);
        builder.AddInMemoryCollection(sources.Options.Select(o => new KeyValuePair<string, string?>(o.Key, o.Value)));
        info.Add(new ConfigurationSourceInfo(key => options.GetValueOrDefault(key, key), sources.WorkingDirectory, CheckUnknownKeys: false));

        foreach (var assignment in sources.Assignments)
        {
            var equals = assignment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || string.IsNullOrWhiteSpace(assignment[..equals]))
            {
                throw new ConfigurationException(Localization.Text.Message("Config_InvalidAssignment", assignment));
            }
        }

        builder.AddCommandLine(sources.Assignments.ToArray());
        info.Add(new ConfigurationSourceInfo(key => "--set " + key, sources.WorkingDirectory, CheckUnknownKeys: true));

        try
        {
            return (builder.Build(), info);
        }
        catch (Exception e) when (e is FormatException or InvalidDataException)
        {
            // The JSON provider wraps the parser's error, which has the position, in one or two exceptions.
            var inner = e;
            while (inner.InnerException is not null && inner is not JsonException)
            {
                inner = inner.InnerException;
            }

            // System.Text.Json ends its message with the 0-based position, which the 1-based one replaces.
            var detail = inner is JsonException json
                ? Localization.Text.Message("Config_JsonPosition", json.LineNumber + 1, json.BytePositionInLine + 1, JsonPosition().Replace(json.Message, string.Empty))
                : inner.Message;
            throw new ConfigurationException(Localization.Text.Message("Config_InvalidJson", file, detail), e);
        }
    }

    private static EduReportSettings Read(ConfigurationReader reader, string? file, string workingDirectory)
    {
        var formats = ReadFormats(reader);
        return new EduReportSettings
        {
            ConfigurationFile = file,
            Title = reader.String(SettingKeys.Title),
            Organisation = reader.String(SettingKeys.Organisation),
            Source = reader.String(SettingKeys.Source),
            Language = reader.OneOf(SettingKeys.Language, ["ru", "en"]),
            DataFolder = reader.Path(SettingKeys.DataFolder),
            OutputFolder = reader.Path(SettingKeys.OutputFolder) ?? Path.Combine(workingDirectory, "output"),
            Formats = formats,
            FileNames = new OutputFileNames(
                ReadFileName(reader, SettingKeys.ReportFileName, OutputFileNames.Default.Report),
                ReadFileName(reader, SettingKeys.ResultsFileName, OutputFileNames.Default.Results)),
            TemplatesFolder = reader.Path(SettingKeys.Templates),
            Chromium = reader.Path(SettingKeys.Chromium),
            Sections = ReadSections(reader),
            Period = ReadPeriod(reader),
            Definitions = DefinitionsReader.Read(reader),
            Email = EmailSettingsReader.Read(reader),
        };
    }

    private static OutputFormat ReadFormats(ConfigurationReader reader)
    {
        var names = reader.List(SettingKeys.Formats);
        if (names is null)
        {
            return OutputFormat.Html | OutputFormat.Pdf;
        }

        var formats = OutputFormat.None;
        foreach (var name in names)
        {
            formats |= name.ToLowerInvariant() switch
            {
                "html" => OutputFormat.Html,
                "pdf" => OutputFormat.Pdf,
                "eml" => OutputFormat.Email,
                _ => Invalid(name),
            };
        }

        if (names.Count == 0)
        {
            Invalid(string.Empty);
        }

        // The e-mail attaches the PDF, so writing the e-mail writes the PDF too.
        return formats.HasFlag(OutputFormat.Email) ? formats | OutputFormat.Pdf : formats;

        OutputFormat Invalid(string name)
        {
            reader.Invalid(SettingKeys.Formats, name, string.Join(", ", FormatNames));
            return OutputFormat.None;
        }
    }

    private static NamePattern ReadFileName(ConfigurationReader reader, string key, NamePattern fallback)
    {
        var text = reader.String(key);
        if (text is null)
        {
            return fallback;
        }

        if (!NamePattern.TryParse(text, OutputFileNames.Placeholders, out var pattern, out var error))
        {
            reader.Rejected(key, text, error + ". " + Localization.Text.Message("Config_AllowedPlaceholders", Placeholders(OutputFileNames.Placeholders)));
            return fallback;
        }

        var sampleValues = new Dictionary<string, object?> { ["period"] = "2014J", ["date"] = new DateOnly(2026, 12, 4), ["language"] = "en" };
        var sample = pattern.Format(sampleValues, System.Globalization.CultureInfo.InvariantCulture);
        if (sample.Length == 0 || OutputFileNames.Sanitize(sample) != sample)
        {
            reader.Rejected(key, text, Localization.Text.Message("Config_FileNameCharacters"));
        }

        return pattern;
    }

    private static List<string>? ReadSections(ConfigurationReader reader)
    {
        var names = reader.List(SettingKeys.Sections);
        if (names is null)
        {
            return null;
        }

        var sections = new List<string>();
        foreach (var name in names)
        {
            var match = ReportRenderer.DefaultSections.FirstOrDefault(s => string.Equals(s, name, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                reader.Invalid(SettingKeys.Sections, name, string.Join(", ", ReportRenderer.DefaultSections));
            }
            else if (!sections.Contains(match))
            {
                sections.Add(match);
            }
        }

        if (names.Count == 0)
        {
            reader.Invalid(SettingKeys.Sections, string.Empty, string.Join(", ", ReportRenderer.DefaultSections));
        }

        return sections;
    }

    private static string? ReadPeriod(ConfigurationReader reader)
    {
        var text = reader.String(SettingKeys.Period);
        if (text is null || ReportPeriodSyntax.IsValid(text))
        {
            return text;
        }

        if (ReportPeriodSyntax.Reversed(text) is var (from, to))
        {
            reader.Rejected(SettingKeys.Period, text, Localization.Text.Message("Config_ReversedPeriod", to, from));
            return null;
        }

        reader.Invalid(SettingKeys.Period, text, Localization.Text.Message("Config_AllowedPeriod"));
        return null;
    }

    internal static string Placeholders(IEnumerable<string> names) => string.Join(", ", names.Select(n => "{" + n + "}"));

    /// <summary>Returns the name of the environment variable that sets <paramref name="key"/>, in the spelling found in the environment.</summary>
    private static string EnvironmentVariableName(string key)
    {
        var expected = EnvironmentPrefix + key.Replace(":", "__", StringComparison.Ordinal);
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            var name = (string)variable.Key;
            if (string.Equals(name.Replace("__", ":", StringComparison.Ordinal), EnvironmentPrefix + key, StringComparison.OrdinalIgnoreCase))
            {
                return Localization.Text.Message("Config_EnvironmentVariable", name);
            }
        }

        return Localization.Text.Message("Config_EnvironmentVariable", expected);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*(Path: \S*\s*\|\s*)?LineNumber: \d+ \| BytePositionInLine: \d+\.$")]
    private static partial System.Text.RegularExpressions.Regex JsonPosition();
}
