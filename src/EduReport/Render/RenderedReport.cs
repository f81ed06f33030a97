using Scriban.Runtime;

namespace EduReport.Render;

/// <summary>A section of the report, as the table of contents and the executive summary list it.</summary>
/// <param name="Name">The template name, such as "SingleCoursePassers" for templates/sections/SingleCoursePassers.sbn-html.</param>
/// <param name="Id">The anchor of the section's heading, such as "single-course-passers".</param>
/// <param name="Title">The heading, from <c>t.sections.NAME.title</c>, or the name when the text has none.</param>
/// <param name="Finding">The one-sentence main finding from sections/NAME.finding.sbn-html, or null when the section has none.</param>
public sealed record SectionInfo(string Name, string Id, string Title, RawHtml? Finding)
{
    /// <summary>Returns the anchor for a section name: SingleCoursePassers becomes single-course-passers.</summary>
    public static string IdFor(string name) => ReportStrings.SnakeCase(name).Replace('_', '-');

    internal ScriptObject ToScriptObject() => new()
    {
        ["name"] = Name,
        ["id"] = Id,
        ["title"] = Title,
        ["finding"] = Finding,
    };
}

/// <summary>A section's rendered HTML.</summary>
public sealed record RenderedSection(SectionInfo Info, RawHtml Html);

/// <summary>The parts of a rendered report: the sections in report order, the summary, the appendix and the whole document.</summary>
public sealed record RenderedReport(
    IReadOnlyList<RenderedSection> Sections,
    RenderedSection? Summary,
    RenderedSection? Appendix,
    string Html)
{
    /// <summary>Returns every rendered part by name: the summary, the question sections and the appendix.</summary>
    public IEnumerable<RenderedSection> AllSections =>
        new[] { Summary }.Concat(Sections).Append(Appendix).OfType<RenderedSection>();
}
