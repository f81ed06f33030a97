using System.Globalization;
using System.Text;

namespace EduReport.Deliver;

/// <summary>
/// A text with named placeholders, such as "report-{period}-{date:yyyyMMdd}", for output file names
/// and the e-mail subject. A placeholder is {name} or {name:format}, where the format is a .NET date
/// format and applies to dates only. Braces cannot be escaped, so a lone "{" or "}" is invalid.
/// </summary>
public sealed class NamePattern
{
    /// <summary>The format of a date placeholder without a format of its own.</summary>
    public const string DefaultDateFormat = "yyyy-MM-dd";

    private readonly IReadOnlyList<Segment> _segments;

    private NamePattern(string text, IReadOnlyList<Segment> segments)
    {
        Text = text;
        _segments = segments;
    }

    public string Text { get; }

    /// <summary>
    /// Parses <paramref name="text"/>. Returns false, with the reason in the current UI language in
    /// <paramref name="error"/>, when it has an unknown placeholder, an unmatched brace or an
    /// invalid date format.
    /// </summary>
    public static bool TryParse(string text, IReadOnlyCollection<string> placeholders, out NamePattern pattern, out string error)
    {
        var segments = new List<Segment>();
        var literal = new StringBuilder();
        pattern = new NamePattern(text, segments);
        error = string.Empty;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '}')
            {
                error = Localization.Text.Message("Pattern_UnmatchedBrace", i + 1);
                return false;
            }

            if (text[i] != '{')
            {
                literal.Append(text[i]);
                continue;
            }

            var end = text.IndexOf('}', i + 1);
            if (end < 0)
            {
                error = Localization.Text.Message("Pattern_UnmatchedBrace", i + 1);
                return false;
            }

            var inner = text[(i + 1)..end];
            var colon = inner.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? inner : inner[..colon];
            var format = colon < 0 ? null : inner[(colon + 1)..];
            if (!placeholders.Contains(name, StringComparer.Ordinal))
            {
                error = Localization.Text.Message("Pattern_UnknownPlaceholder", "{" + name + "}");
                return false;
            }

            if (format is not null && !IsDateFormat(format))
            {
                error = Localization.Text.Message("Pattern_InvalidDateFormat", format);
                return false;
            }

            if (literal.Length > 0)
            {
                segments.Add(new Segment(literal.ToString(), null, null));
                literal.Clear();
            }

            segments.Add(new Segment(null, name, format));
            i = end;
        }

        if (literal.Length > 0)
        {
            segments.Add(new Segment(literal.ToString(), null, null));
        }

        return true;
    }

    /// <summary>Fills the placeholders with <paramref name="values"/>; dates use <paramref name="culture"/> for month names.</summary>
    public string Format(IReadOnlyDictionary<string, object?> values, CultureInfo culture)
    {
        var text = new StringBuilder();
        foreach (var segment in _segments)
        {
            if (segment.Literal is not null)
            {
                text.Append(segment.Literal);
                continue;
            }

            var value = values.GetValueOrDefault(segment.Name!);
            text.Append(value switch
            {
                null => string.Empty,
                DateOnly date => date.ToString(segment.Format ?? DefaultDateFormat, culture),
                IFormattable formattable => formattable.ToString(null, culture),
                _ => value.ToString(),
            });
        }

        return text.ToString();
    }

    public override string ToString() => Text;

    private static bool IsDateFormat(string format)
    {
        if (format.Length == 0)
        {
            return false;
        }

        try
        {
            _ = new DateOnly(2026, 12, 4).ToString(format, CultureInfo.InvariantCulture);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private sealed record Segment(string? Literal, string? Name, string? Format);
}
