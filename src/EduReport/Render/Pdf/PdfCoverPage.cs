using PdfSharp.Pdf;

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
    /// Replaces the content of the first page of <paramref name="document"/> with that of the first page
    /// of <paramref name="plainPrint"/>, a print of the same document without header and footer, opened
    /// for import.
    /// </summary>
    public static void Replace(PdfDocument document, PdfDocument plainPrint)
    {
        if (document.PageCount == 0 || plainPrint.PageCount == 0)
        {
            return;
        }

        // AddPage copies the page with its fonts and images into this document. The copy's content
        // and resources then move to the first page, and the copy is removed.
        var copy = document.AddPage(plainPrint.Pages[0]);
        var cover = document.Pages[0];
        cover.Elements["/Contents"] = copy.Elements["/Contents"];
        cover.Elements["/Resources"] = copy.Elements["/Resources"];
        document.Pages.Remove(copy);
    }
}
