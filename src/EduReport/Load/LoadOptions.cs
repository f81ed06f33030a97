using System.Text;

namespace EduReport.Load;

/// <summary>How input files are read.</summary>
public sealed record LoadOptions
{
    /// <summary>The default list of values that mean "missing", besides an empty field.</summary>
    public static readonly IReadOnlyList<string> DefaultMissingValues = ["?", "NA", "N/A", "null"];

    /// <summary>The field delimiter, or null to detect it from the first lines of each file (comma, semicolon, tab or pipe).</summary>
    public char? Delimiter { get; init; }

    /// <summary>The encoding of the files, or null to detect UTF-8 (with or without a byte-order mark) or Windows-1251.</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>Values that mean "missing", matched after trimming and ignoring case. An empty field is always missing.</summary>
    public IReadOnlyList<string> MissingValues { get; init; } = DefaultMissingValues;

    /// <summary>Whether problem reports leave raw values and student ids out, because the data describes students.</summary>
    public bool HideValues { get; init; }

    /// <summary>Whether any error or warning ends the run with a <see cref="DataException"/>, instead of being reported.</summary>
    public bool Strict { get; init; }
}
