namespace EduReport.Render;

/// <summary>
/// Markup that the templates write as it is. Every other value a template writes is HTML-escaped,
/// so only the renderer's own output (charts, partials, style sheets) is wrapped in this type.
/// </summary>
public sealed record RawHtml(string Value)
{
    public override string ToString() => Value;
}
