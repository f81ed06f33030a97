using PdfSharp.Pdf;

namespace EduReport.Render.Pdf;

/// <summary>
/// Writes the document information that Chromium leaves out: Chromium sets only the title, so the
/// author, subject and document language are added here with PDFsharp. The outline, the tagged
/// structure and the embedded fonts are kept.
/// </summary>
public static class PdfMetadataWriter
{
    /// <summary>Sets the title, author, subject and language of <paramref name="document"/> from <paramref name="metadata"/>.</summary>
    public static void Apply(PdfDocument document, PdfMetadata metadata)
    {
        document.Info.Title = metadata.Title;
        document.Info.Author = metadata.Author;
        document.Info.Subject = metadata.Subject;
        document.Language = metadata.Language;
    }
}
