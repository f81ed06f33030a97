using EduReport.Questions;

namespace EduReport.Configuration;

/// <summary>
/// The forms of the period setting: "all", "latest", one presentation code such as 2014J, or a range
/// of codes such as 2013J..2014J, earliest first.
/// </summary>
internal static class ReportPeriodSyntax
{
    public static bool IsValid(string text)
    {
        if (text.Equals("all", StringComparison.OrdinalIgnoreCase) || text.Equals("latest", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var parts = text.Split("..");
        return parts.Length switch
        {
            1 => PresentationCode.TryParse(parts[0], out _, out _),
            2 => PresentationCode.TryParse(parts[0], out _, out _)
                && PresentationCode.TryParse(parts[1], out _, out _)
                && PresentationCode.Compare(parts[0], parts[1]) <= 0,
            _ => false,
        };
    }

    /// <summary>
    /// Returns the range in the right order when <paramref name="text"/> is a range of two valid codes
    /// with the later one first, such as 2014J..2013B; otherwise returns null.
    /// </summary>
    public static (string From, string To)? Reversed(string text)
    {
        var parts = text.Split("..");
        return parts.Length == 2
            && PresentationCode.TryParse(parts[0], out _, out _)
            && PresentationCode.TryParse(parts[1], out _, out _)
            && PresentationCode.Compare(parts[0], parts[1]) > 0
                ? (parts[1], parts[0])
                : null;
    }
}
