using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace EduReport.Render.Pdf;

/// <summary>
/// Writes the document information that Chromium leaves out: Chromium sets only the title, so the
/// author, subject and document language are added here with PDFsharp. The outline, the tagged
/// structure and the embedded fonts are kept.
/// </summary>
public static class PdfMetadataWriter
{
    /// <summary>Returns <paramref name="pdf"/> with the title, author, subject and language of <paramref name="metadata"/>.</summary>
    public static byte[] Apply(byte[] pdf, PdfMetadata metadata)
    {
        try
        {
            using var input = new MemoryStream(pdf, writable: false);
            using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
            document.Info.Title = metadata.Title;
            document.Info.Author = metadata.Author;
            document.Info.Subject = metadata.Subject;
            document.Language = metadata.Language;
            using var output = new MemoryStream(pdf.Length + 4096);
            document.Save(output, closeStream: false);
            return output.ToArray();
        }
        catch (Exception e) when (e is PdfReaderException or InvalidOperationException or IOException)
        {
            throw new RenderException(Localization.Text.Message("Pdf_MetadataFailed", e.Message), e);
        }
    }
}
