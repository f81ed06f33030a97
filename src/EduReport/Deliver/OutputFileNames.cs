using System.Globalization;

namespace EduReport.Deliver;

/// <summary>
/// The patterns of the output file names, without extensions. The report pattern names the HTML, the
/// PDF and the e-mail file (report.html, report.pdf, report.eml); the results pattern names the JSON.
/// </summary>
public sealed record OutputFileNames
{
    /// <summary>The placeholders a file name pattern may contain.</summary>
    public static readonly IReadOnlyList<string> Placeholders = ["period", "date", "language"];

    public static OutputFileNames Default { get; } = new(Parse("report"), Parse("results"));

    public OutputFileNames(NamePattern report, NamePattern results)
    {
        Report = report;
        Results = results;
    }

    public NamePattern Report { get; }

    public NamePattern Results { get; }

    /// <summary>
    /// Returns the file names for one run. Characters that cannot be part of a file name, such as
    /// "/" in a presentation code taken from the data, become "_".
    /// </summary>
    public ResolvedFileNames Resolve(string period, DateOnly date, string language)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["period"] = period,
            ["date"] = date,
            ["language"] = language,
        };
        var report = Sanitize(Report.Format(values, CultureInfo.InvariantCulture));
        var results = Sanitize(Results.Format(values, CultureInfo.InvariantCulture));
        return new ResolvedFileNames(report + ".html", report + ".pdf", report + ".eml", results + ".json");
    }

    /// <summary>Parses a pattern that is known to be valid, such as a default.</summary>
    public static NamePattern Parse(string text) =>
        NamePattern.TryParse(text, Placeholders, out var pattern, out var error)
            ? pattern
            : throw new ArgumentException($"Invalid file name pattern '{text}': {error}.", nameof(text));

    /// <summary>Replaces characters that Linux or Windows reject in file names, and names that are only dots or spaces.</summary>
    public static string Sanitize(string name)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['/', '\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        var chars = name.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray();
        var sanitized = new string(chars).Trim();
        return sanitized.Trim('.').Length == 0 ? "_" + sanitized : sanitized;
    }
}

/// <summary>The file names of one run.</summary>
public sealed record ResolvedFileNames(string Html, string Pdf, string Email, string Results);
