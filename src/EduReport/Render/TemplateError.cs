namespace EduReport.Render;

/// <summary>A template error at a 1-based line and column, printed as compilers print them.</summary>
public sealed record TemplateError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}({Line},{Column}): error: {Message}";
}
