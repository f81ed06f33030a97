using System.Globalization;
using System.Resources;

namespace EduReport.Localization;

/// <summary>
/// Looks up the library's user-facing messages (Messages.resx, and Messages.ru.resx for Russian) in the
/// current UI culture or in a culture that the caller names, such as the report's language.
/// </summary>
public static class Text
{
    private static readonly ResourceManager Resources = new("EduReport.Localization.Messages", typeof(Text).Assembly);

    /// <summary>Returns the message <paramref name="key"/> in <paramref name="culture"/>, or in the current UI culture.</summary>
    public static string Get(string key, CultureInfo? culture = null) =>
        Resources.GetString(key, culture ?? CultureInfo.CurrentUICulture)
        ?? throw new KeyNotFoundException($"No message is defined for the key '{key}'.");

    /// <summary>Returns whether a message is defined for <paramref name="key"/>.</summary>
    public static bool Has(string key) => Resources.GetString(key, CultureInfo.InvariantCulture) is not null;

    /// <summary>Formats the message <paramref name="key"/> in the current UI culture, for errors and console output.</summary>
    public static string Message(string key, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, Get(key, CultureInfo.CurrentUICulture), arguments);

    /// <summary>Formats the message <paramref name="key"/> with <paramref name="arguments"/> in <paramref name="culture"/>.</summary>
    public static string Format(CultureInfo culture, string key, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, Get(key, culture), arguments);
}
