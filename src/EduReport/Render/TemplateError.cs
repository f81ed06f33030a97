namespace EduReport.Render;

/// <summary>
/// A template error at a 1-based line and column, printed as compilers print them. An error inside a
/// partial also lists the include calls that led to it, innermost first.
/// </summary>
public sealed record TemplateError(string File, int Line, int Column, string Message)
{
    /// <summary>The include calls that led to the error, innermost first; empty for an error in the template itself.</summary>
    public IReadOnlyList<TemplateLocation> IncludedFrom { get; init; } = [];

    public override string ToString() =>
        IncludedFrom.Count == 0
            ? $"{File}({Line},{Column}): error: {Message}"
            : $"{File}({Line},{Column}): error: {Message} (included from {string.Join(", ", IncludedFrom)})";
}

/// <summary>A 1-based position in a template file.</summary>
public sealed record TemplateLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}({Line},{Column})";
}
