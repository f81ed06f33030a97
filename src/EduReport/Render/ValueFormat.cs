using System.Globalization;

namespace EduReport.Render;

/// <summary>The kinds of value in a table column or chart data table.</summary>
public enum ValueFormatKind
{
    Text,
    Count,
    Number,
    Percent,
    Delta,
    DeltaPoints,
    Date,
}

/// <summary>
/// A column format by name, such as "count", "num:2" or "pct:1". Numeric formats are right-aligned in
/// tables, text and dates left-aligned.
/// </summary>
public readonly record struct ValueFormat(ValueFormatKind Kind, int Decimals)
{
    /// <summary>The format names, for error messages and docs/templates.md.</summary>
    public const string Names = "text, count, num:N, pct:N, delta:N, delta_pp:N, date";

    public bool IsNumeric => Kind is not (ValueFormatKind.Text or ValueFormatKind.Date);

    /// <summary>Parses a format name; throws an <see cref="ArgumentException"/> that lists the valid names.</summary>
    public static ValueFormat Parse(string? format)
    {
        var text = string.IsNullOrWhiteSpace(format) ? "text" : format.Trim();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? text : text[..colon];
        int? decimals = null;
        if (colon >= 0)
        {
            decimals = int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed <= 6
                ? parsed
                : throw Invalid(text);
        }

        return name switch
        {
            "text" when decimals is null => new ValueFormat(ValueFormatKind.Text, 0),
            "date" when decimals is null => new ValueFormat(ValueFormatKind.Date, 0),
            "count" when decimals is null => new ValueFormat(ValueFormatKind.Count, 0),
            "num" => new ValueFormat(ValueFormatKind.Number, decimals ?? 1),
            "pct" => new ValueFormat(ValueFormatKind.Percent, decimals ?? 1),
            "delta" => new ValueFormat(ValueFormatKind.Delta, decimals ?? 1),
            "delta_pp" => new ValueFormat(ValueFormatKind.DeltaPoints, decimals ?? 1),
            _ => throw Invalid(text),
        };
    }

    private static ArgumentException Invalid(string text) =>
        new(Localization.Text.Message("Render_InvalidFormat", text, Names));
}
