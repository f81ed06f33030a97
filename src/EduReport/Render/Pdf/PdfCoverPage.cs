using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace EduReport.Render.Pdf;

/// <summary>
/// Gives the printed report a cover without the running header and the page number. Chromium prints
/// its header and footer on every page, so the cover comes from a print without them: its content
/// replaces that of the first page. The first page object stays, so the outline, the links and the
/// page numbers of the other pages are kept.
/// </summary>
public static class PdfCoverPage
{
    /// <summary>
    /// Returns <paramref name="pdf"/> with the content of its first page taken from the first page of
    /// <paramref name="plainPrint"/>, a print of the same document without header and footer.
    /// </summary>
    public static byte[] Replace(byte[] pdf, byte[] plainPrint)
    {
        try
        {
            using var input = new MemoryStream(pdf, writable: false);
            using var plainInput = new MemoryStream(plainPrint, writable: false);
            using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
            using var plain = PdfReader.Open(plainInput, PdfDocumentOpenMode.Import);
            if (document.PageCount == 0 || plain.PageCount == 0)
            {
                return pdf;
            }

            // AddPage copies the page with its fonts and images into this document. The copy's content
            // and resources then move to the first page, and the copy is removed.
            var copy = document.AddPage(plain.Pages[0]);
            var cover = document.Pages[0];
            cover.Elements["/Contents"] = copy.Elements["/Contents"];
            cover.Elements["/Resources"] = copy.Elements["/Resources"];
            document.Pages.Remove(copy);

            using var output = new MemoryStream(pdf.Length);
            document.Save(output, closeStream: false);
            return output.ToArray();
        }
        catch (Exception e) when (e is PdfReaderException or InvalidOperationException or IOException)
        {
            throw new RenderException(Localization.Text.Message("Pdf_CoverFailed", e.Message), e);
        }
    }
}
