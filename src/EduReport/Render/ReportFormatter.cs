using System.Globalization;

namespace EduReport.Render;

/// <summary>
/// Formats numbers, percentages, dates and plural forms for the report language: Russian "64,25",
/// "66,7 %" and "5 студентов"; English "64.25", "66.7%" and "5 students". A missing value is a dash.
/// </summary>
public sealed class ReportFormatter
{
    /// <summary>The text shown for a missing or undefined value.</summary>
    public const string Dash = "—";

    private readonly ReportStrings _strings;

    public ReportFormatter(CultureInfo culture, ReportStrings strings)
    {
        Culture = culture;
        _strings = strings;
    }

    public CultureInfo Culture { get; }

    /// <summary>Returns the culture a report language is written in: ru-RU for "ru", en-GB for "en".</summary>
    public static CultureInfo CultureFor(string language) => language switch
    {
        "ru" => CultureInfo.GetCultureInfo("ru-RU"),
        "en" => CultureInfo.GetCultureInfo("en-GB"),
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "The report language must be ru or en."),
    };

    public string Number(double? value, int decimals = 1) =>
        value is { } v && double.IsFinite(v) ? v.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture) : Dash;

    public string Count(double? value) => Number(value, 0);

    /// <summary>Formats a share from 0 to 1 as a percentage.</summary>
    public string Percent(double? share, int decimals = 1) =>
        share is { } v && double.IsFinite(v) ? v.ToString("P" + decimals.ToString(CultureInfo.InvariantCulture), Culture) : Dash;

    /// <summary>Formats a setting as given, with up to six decimals and no padding zeros: "40", "40,5", "0,05".</summary>
    public string Exact(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("#,0.######", Culture) : Dash;

    /// <summary>Formats a p-value as "p = 0,023", or "p &lt; 0,001" below one in a thousand.</summary>
    public string PValue(double? p) =>
        p is not { } v || !double.IsFinite(v) ? Dash
        : v < 0.001 ? "p < " + 0.001.ToString("N3", Culture)
        : "p = " + v.ToString("N3", Culture);

    /// <summary>Formats a date as "4 декабря 2026" or "4 December 2026".</summary>
    public string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>Returns the form of <paramref name="word"/> that agrees with <paramref name="count"/>, from the "plural" table of the strings.</summary>
    public string Plural(double count, string word)
    {
        if (!_strings.Plurals.TryGetValue(word, out var forms) || forms.Length == 0)
        {
            throw new RenderException(Localization.Text.Message("Render_MissingString", "plural." + word));
        }

        return forms[Math.Min(PluralIndex(count, forms.Length), forms.Length - 1)];
    }

    /// <summary>Picks the plural form: English has one and other, Russian one, few and many (fractions take few).</summary>
    private int PluralIndex(double count, int formCount)
    {
        if (Culture.TwoLetterISOLanguageName == "ru" && formCount >= 3)
        {
            if (count != Math.Floor(count))
            {
                return 1;
            }

            var n = (long)Math.Abs(count);
            var (lastDigit, lastTwo) = (n % 10, n % 100);
            return lastDigit == 1 && lastTwo != 11 ? 0
                : lastDigit is >= 2 and <= 4 && lastTwo is < 12 or > 14 ? 1
                : 2;
        }

        return count == 1 ? 0 : 1;
    }
}
