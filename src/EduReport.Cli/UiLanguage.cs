using System.Globalization;

namespace EduReport.Cli;

/// <summary>
/// Chooses the language of messages, help and the report before the command line is parsed, because
/// the help text itself must be in that language: --lang when given, else the current UI culture.
/// </summary>
internal static class UiLanguage
{
    public static readonly IReadOnlyList<string> Supported = ["ru", "en"];

    public static string Detect(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var value = args[i] switch
            {
                "--lang" when i + 1 < args.Count => args[i + 1],
                var a when a.StartsWith("--lang=", StringComparison.Ordinal) => a["--lang=".Length..],
                _ => null,
            };
            if (value is not null && Supported.Contains(value))
            {
                return value;
            }
        }

        return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ru" ? "ru" : "en";
    }

    /// <summary>Makes <paramref name="language"/> the UI culture of this process, for resource lookups.</summary>
    public static void Apply(string language)
    {
        var culture = Render.ReportFormatter.CultureFor(language);
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
    }
}
