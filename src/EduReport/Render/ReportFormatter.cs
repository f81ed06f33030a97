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

    /// <summary>The arrows of a change; Noto Sans Math in the bundled fonts draws them.</summary>
    public const string UpArrow = "↑";

    public const string DownArrow = "↓";

    private readonly ReportStrings _strings;

    public ReportFormatter(CultureInfo culture, ReportStrings strings)
    {
        Culture = culture;
        _strings = strings;
    }

    public CultureInfo Culture { get; }

    private static readonly CultureInfo Russian = WithMinusSign("ru-RU");

    private static readonly CultureInfo English = WithMinusSign("en-GB");

    /// <summary>
    /// Returns the culture a report language is written in: ru-RU for "ru", en-GB for "en", both with the
    /// minus sign U+2212 that the report text uses ("−0,26") in place of .NET's hyphen-minus.
    /// </summary>
    public static CultureInfo CultureFor(string language) => language switch
    {
        "ru" => Russian,
        "en" => English,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "The report language must be ru or en."),
    };

    private static CultureInfo WithMinusSign(string name)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(name).Clone();
        culture.NumberFormat.NegativeSign = "\u2212";
        return CultureInfo.ReadOnly(culture);
    }

    /// <summary>
    /// Formats a number with group separators and <paramref name="decimals"/> decimals: "1 234,5" or
    /// "1,234.5". Halves round away from zero (1,25 gives 1,3), as readers expect; .NET alone rounds them to even.
    /// </summary>
    public string Number(double? value, int decimals = 1) =>
        value is { } v && double.IsFinite(v) ? Rounded(v, decimals, "N") : Dash;

    public string Count(double? value) => Number(value, 0);

    /// <summary>
    /// Formats a share from 0 to 1 as a percentage: "66,7 %" in Russian and "66.7%" in English. The space
    /// before the sign is a no-break space, so the sign never starts a line.
    /// </summary>
    public string Percent(double? share, int decimals = 1) =>
        share is { } v && double.IsFinite(v)
            ? Rounded(v, decimals, "P").Replace(' ', '\u00A0')
            : Dash;

    /// <summary>
    /// Formats a change with an arrow for its direction: "↑ 2,5", "↓ 0,8". A change that rounds to
    /// zero has no arrow, so that "↑ 0,0" never appears.
    /// </summary>
    public string Delta(double? change, int decimals = 1) =>
        change is { } v && double.IsFinite(v) ? WithArrow(v, Number(Math.Abs(v), decimals), decimals) : Dash;

    /// <summary>Formats a change of a share (0 to 1) in percentage points: "↑ 5,0 п. п." or "↑ 5.0 pp".</summary>
    public string DeltaPoints(double? change, int decimals = 1) =>
        change is { } v && double.IsFinite(v)
            ? WithArrow(v * 100, Number(Math.Abs(v * 100), decimals) + "\u00A0" + _strings.Get("unit.percentage_points"), decimals)
            : Dash;

    /// <summary>
    /// Formats a change as <see cref="Format"/> does with a "delta" or "delta_pp" format, except that a
    /// change that rounds to zero at that precision reads "no change" instead of a bare "0" or "0.0 pp".
    /// KPI tiles show their change this way; tables keep the number so that their columns line up.
    /// </summary>
    public string Change(object? value, string format)
    {
        var spec = ValueFormat.Parse(format);
        if (ToDouble(value) is { } v && double.IsFinite(v) && spec.Kind is ValueFormatKind.Delta or ValueFormatKind.DeltaPoints)
        {
            var shown = spec.Kind == ValueFormatKind.DeltaPoints ? v * 100 : v;
            if (RoundsToZero(shown, spec.Decimals))
            {
                return _strings.Get("common.no_change");
            }
        }

        return Format(value, format);
    }

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

    /// <summary>
    /// Formats a value by a format name: "text" (as it is), "count", "num" or "num:N" (N decimals),
    /// "pct" or "pct:N" (a share as a percentage), "delta:N", "delta_pp:N" and "date". Tables and chart
    /// data tables name their columns' formats this way.
    /// </summary>
    public string Format(object? value, string format)
    {
        var spec = ValueFormat.Parse(format);
        if (spec.Kind == ValueFormatKind.Text)
        {
            return value switch
            {
                null => Dash,
                string text => text.Length == 0 ? Dash : text,
                IFormattable formattable => formattable.ToString(null, Culture),
                _ => value.ToString() ?? Dash,
            };
        }

        if (spec.Kind == ValueFormatKind.Date)
        {
            return value switch
            {
                DateOnly date => Date(date),
                DateTime dateTime => Date(DateOnly.FromDateTime(dateTime)),
                null => Dash,
                _ => throw new ArgumentException(Localization.Text.Message("Render_NotADate", value), nameof(value)),
            };
        }

        var number = ToDouble(value);
        return spec.Kind switch
        {
            ValueFormatKind.Count => Count(number),
            ValueFormatKind.Number => Number(number, spec.Decimals),
            ValueFormatKind.Percent => Percent(number, spec.Decimals),
            ValueFormatKind.Delta => Delta(number, spec.Decimals),
            ValueFormatKind.DeltaPoints => DeltaPoints(number, spec.Decimals),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }

    /// <summary>Returns the form of <paramref name="word"/> that agrees with <paramref name="count"/>, from the "plural" table of the strings.</summary>
    public string Plural(double count, string word)
    {
        if (!_strings.Plurals.TryGetValue(word, out var forms) || forms.Length == 0)
        {
            throw new RenderException(Localization.Text.Message("Render_MissingString", "plural." + word));
        }

        return forms[Math.Min(PluralIndex(count, forms.Length), forms.Length - 1)];
    }

    /// <summary>Converts a number of any .NET numeric type to a double; null and non-numbers give null.</summary>
    public static double? ToDouble(object? value) => value switch
    {
        null => null,
        double d => d,
        float f => f,
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        uint u => u,
        ulong u => u,
        decimal m => (double)m,
        _ => null,
    };

    /// <summary>
    /// Formats with "N" or "P", rounding half away from zero first. Decimal arithmetic keeps 0.0125 exactly
    /// 0.0125, where a double stores 0.01249999…; values beyond 1e15 are formatted as doubles.
    /// </summary>
    private string Rounded(double value, int decimals, string format)
    {
        var pattern = format + decimals.ToString(CultureInfo.InvariantCulture);
        if (Math.Abs(value) >= 1e15)
        {
            return value.ToString(pattern, Culture);
        }

        var scale = format == "P" ? decimals + 2 : decimals;
        return Math.Round((decimal)value, scale, MidpointRounding.AwayFromZero).ToString(pattern, Culture);
    }

    private static string WithArrow(double change, string magnitude, int decimals) =>
        RoundsToZero(change, decimals) ? magnitude
        : change > 0 ? UpArrow + "\u00A0" + magnitude
        : DownArrow + "\u00A0" + magnitude;

    /// <summary>Tells whether a change prints as zero: it rounds as <see cref="Number"/> does, half away from zero.</summary>
    private static bool RoundsToZero(double change, int decimals) =>
        Math.Abs(change) < 1e15 && Math.Round((decimal)Math.Abs(change), decimals, MidpointRounding.AwayFromZero) == 0;

    /// <summary>
    /// Picks the plural form: English has one and other; Russian has one (1, 21, 101), few (2–4, 22–24)
    /// and many (0, 5–20, 11–14, 111), and a fraction takes few ("1,5 студента").
    /// </summary>
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
