using System.Globalization;

namespace EduReport.Questions;

/// <summary>
/// OULAD presentation codes: a year and a letter for the starting month, such as 2013B (February)
/// and 2013J (October). They sort by year, then by letter, which is also their order in time.
/// </summary>
public static class PresentationCode
{
    public static IComparer<string> Comparer { get; } = Comparer<string>.Create(Compare);

    public static int Compare(string? left, string? right)
    {
        if (TryParse(left, out var leftYear, out var leftLetter) && TryParse(right, out var rightYear, out var rightLetter))
        {
            var byYear = leftYear.CompareTo(rightYear);
            return byYear != 0 ? byYear : leftLetter.CompareTo(rightLetter);
        }

        return string.CompareOrdinal(left, right);
    }

    public static bool TryParse(string? code, out int year, out char letter)
    {
        year = 0;
        letter = '\0';
        if (code is not { Length: 5 } || !char.IsAsciiLetter(code[4]))
        {
            return false;
        }

        letter = char.ToUpperInvariant(code[4]);
        return int.TryParse(code.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year);
    }
}
