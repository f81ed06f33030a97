using System.Globalization;
using System.Text;

namespace EduReport.Load;

/// <summary>The outcome of reading one field.</summary>
internal enum FieldStatus
{
    Ok,
    Missing,
    Invalid,

    /// <summary>A number written correctly but too large in magnitude for the column's type.</summary>
    OutOfRange,
}

/// <summary>
/// Parses fields from the UTF-8 bytes that CsvHelper hands out, without creating strings on the usual
/// path. It accepts what spreadsheet exports write: a decimal comma where the delimiter is not a comma,
/// whole numbers written as "78.0", and spaces or no-break spaces between the digit groups of identifiers.
/// </summary>
internal sealed class FieldParser
{
    /// <summary>
    /// The largest magnitude of a decimal number. Scores and weights are stored as float, which represents
    /// every whole number up to 2^24 exactly, so a larger value would be reported as a different number.
    /// </summary>
    public const double MaxNumber = 16_777_216;

    private readonly byte[][] _missingValues;

    public FieldParser(IEnumerable<string> missingValues, bool decimalComma)
    {
        _missingValues = missingValues
            .Select(v => v.Trim())
            .Where(v => v.Length > 0)
            .Select(Encoding.UTF8.GetBytes)
            .ToArray();
        DecimalComma = decimalComma;
    }

    /// <summary>Whether "12,5" reads as 12.5, which is only unambiguous when the delimiter is not a comma.</summary>
    public bool DecimalComma { get; }

    public bool IsMissing(ReadOnlySpan<byte> field)
    {
        field = Trim(field);
        if (field.IsEmpty)
        {
            return true;
        }

        foreach (var token in _missingValues)
        {
            if (System.Text.Ascii.EqualsIgnoreCase(field, token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a whole number, such as a day or a length; "78.0" is accepted and "78.5" is not.</summary>
    public FieldStatus ParseInt(ReadOnlySpan<byte> field, out int value)
    {
        value = 0;
        if (IsMissing(field))
        {
            return FieldStatus.Missing;
        }

        field = Trim(field);
        if (TryParsePlainInt(field, out value))
        {
            return FieldStatus.Ok;
        }

        if (IsWholeNumber(field))
        {
            // Digits that TryParsePlainInt did not take are more than int holds.
            return FieldStatus.OutOfRange;
        }

        var status = ParseDouble(field, out var number);
        if (status == FieldStatus.Ok
            && number == Math.Floor(number)
            && number is >= int.MinValue + 1 and <= int.MaxValue)
        {
            value = (int)number;
            return FieldStatus.Ok;
        }

        return status == FieldStatus.OutOfRange ? status : FieldStatus.Invalid;
    }

    /// <summary>Reads an identifier: a non-negative whole number whose digit groups may be separated by spaces.</summary>
    public FieldStatus ParseId(ReadOnlySpan<byte> field, out int value)
    {
        value = 0;
        if (IsMissing(field))
        {
            return FieldStatus.Missing;
        }

        field = Trim(field);
        if (TryParsePlainInt(field, out value))
        {
            return value >= 0 ? FieldStatus.Ok : FieldStatus.Invalid;
        }

        var text = Encoding.UTF8.GetString(field);
        var compact = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is ' ' or '\u00A0' or '\u202F' or '\u2009')
            {
                continue;
            }

            compact.Append(c);
        }

        var digits = compact.ToString();
        if (digits.Length > 0 && digits.All(char.IsAsciiDigit))
        {
            return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value) ? FieldStatus.Ok : FieldStatus.OutOfRange;
        }

        // A whole id written as "11391.0" by a spreadsheet.
        var status = ParseInt(field, out value);
        return status switch
        {
            FieldStatus.Ok when value >= 0 => FieldStatus.Ok,
            FieldStatus.OutOfRange => FieldStatus.OutOfRange,
            _ => FieldStatus.Invalid,
        };
    }

    /// <summary>Reads a decimal number, such as a score or a weight.</summary>
    public FieldStatus ParseDouble(ReadOnlySpan<byte> field, out double value)
    {
        value = double.NaN;
        if (IsMissing(field))
        {
            return FieldStatus.Missing;
        }

        field = Trim(field);
        if (field.Contains((byte)','))
        {
            if (!DecimalComma || field.Count((byte)',') > 1 || field.Contains((byte)'.'))
            {
                return FieldStatus.Invalid;
            }

            Span<byte> copy = stackalloc byte[field.Length];
            field.CopyTo(copy);
            copy[copy.IndexOf((byte)',')] = (byte)'.';
            return ParseFloat(copy, out value);
        }

        return ParseFloat(field, out value);
    }

    /// <summary>Reads a 0/1 flag; "true" and "false" are accepted too.</summary>
    public FieldStatus ParseFlag(ReadOnlySpan<byte> field, out bool value)
    {
        value = false;
        if (IsMissing(field))
        {
            return FieldStatus.Missing;
        }

        field = Trim(field);
        if (ParseInt(field, out var number) == FieldStatus.Ok && number is 0 or 1)
        {
            value = number == 1;
            return FieldStatus.Ok;
        }

        if (System.Text.Ascii.EqualsIgnoreCase(field, "true"u8) || System.Text.Ascii.EqualsIgnoreCase(field, "false"u8))
        {
            value = field.Length == 4;
            return FieldStatus.Ok;
        }

        return FieldStatus.Invalid;
    }

    /// <summary>Reads a code such as a module or presentation, trimmed of spaces and no-break spaces.</summary>
    public FieldStatus ParseCode(ReadOnlySpan<byte> field, out string value)
    {
        value = string.Empty;
        if (IsMissing(field))
        {
            return FieldStatus.Missing;
        }

        value = Encoding.UTF8.GetString(Trim(field)).Trim();
        return value.Length == 0 ? FieldStatus.Missing : FieldStatus.Ok;
    }

    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> field)
    {
        field = field.Trim((byte)' ').Trim((byte)'\t');

        // A no-break space (U+00A0) is C2 A0 in UTF-8; spreadsheet exports pad numbers with it.
        while (field.Length >= 2 && field[0] == 0xC2 && field[1] == 0xA0)
        {
            field = field[2..];
        }

        while (field.Length >= 2 && field[^2] == 0xC2 && field[^1] == 0xA0)
        {
            field = field[..^2];
        }

        return field.Trim((byte)' ');
    }

    private static bool TryParsePlainInt(ReadOnlySpan<byte> field, out int value)
    {
        value = 0;
        var negative = field.Length > 0 && field[0] == (byte)'-';
        var digits = negative ? field[1..] : field;
        if (digits.IsEmpty || digits.Length > 9)
        {
            return false;
        }

        var result = 0;
        foreach (var b in digits)
        {
            var digit = b - (byte)'0';
            if ((uint)digit > 9)
            {
                return false;
            }

            result = (result * 10) + digit;
        }

        value = negative ? -result : result;
        return true;
    }

    private static bool IsWholeNumber(ReadOnlySpan<byte> field)
    {
        var digits = field.Length > 0 && field[0] == (byte)'-' ? field[1..] : field;
        return !digits.IsEmpty && System.Text.Ascii.IsValid(digits) && digits.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0;
    }

    private static FieldStatus ParseFloat(ReadOnlySpan<byte> field, out double value)
    {
        if (!double.TryParse(field, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value))
        {
            value = double.NaN;
            return FieldStatus.Invalid;
        }

        // .NET parses "1e400" as infinity, and NaN is no value a file should hold.
        if (double.IsNaN(value))
        {
            return FieldStatus.Invalid;
        }

        if (!double.IsFinite(value) || Math.Abs(value) > MaxNumber)
        {
            value = double.NaN;
            return FieldStatus.OutOfRange;
        }

        return FieldStatus.Ok;
    }
}
