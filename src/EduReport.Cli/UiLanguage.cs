using System.CommandLine;
using System.Globalization;
using EduReport.Cli.Resources;

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

    /// <summary>
    /// Creates the --lang option of a command whose only text is its messages. <see cref="Detect"/> has
    /// already applied the value before parsing, so the option exists for parsing and help.
    /// </summary>
    public static Option<string> MessagesOption(string language)
    {
        var option = new Option<string>("--lang") { Description = Messages.Option_LangMessages, HelpName = "ru|en", DefaultValueFactory = _ => language };
        option.AcceptOnlyFromAmong([.. Supported]);
        return option;
    }
}
