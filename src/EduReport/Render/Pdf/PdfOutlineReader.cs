using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace EduReport.Render.Pdf;

/// <summary>Reads the outline that Chromium builds from the headings, to find the page each heading is on.</summary>
public static class PdfOutlineReader
{
    /// <summary>
    /// Returns the 1-based page of each outline title. A title that occurs twice keeps the page of its
    /// highest heading, then of its first: a section's h2 wins over an h3 of the same name elsewhere,
    /// such as the summary's list of recommendations.
    /// </summary>
    public static IReadOnlyDictionary<string, int> FirstPages(byte[] pdf)
    {
        try
        {
            using var input = new MemoryStream(pdf, writable: false);
            using var document = PdfReader.Open(input, PdfDocumentOpenMode.Import);
            var pageNumbers = new Dictionary<int, int>();
            for (var i = 0; i < document.Pages.Count; i++)
            {
                if (document.Pages[i].Reference is { } reference)
                {
                    pageNumbers[reference.ObjectID.ObjectNumber] = i + 1;
                }
            }

            var pages = new Dictionary<string, (int Depth, int Page)>(StringComparer.Ordinal);
            Collect(document.Outlines, 0, pageNumbers, pages);
            return pages.ToDictionary(p => p.Key, p => p.Value.Page, StringComparer.Ordinal);
        }
        catch (Exception e) when (e is PdfReaderException or InvalidOperationException or IOException or ArgumentOutOfRangeException)
        {
            throw new RenderException(Localization.Text.Message("Pdf_OutlineFailed", e.Message), e);
        }
    }

    private static void Collect(PdfOutlineCollection outlines, int depth, Dictionary<int, int> pageNumbers, Dictionary<string, (int Depth, int Page)> pages)
    {
        foreach (var outline in outlines)
        {
            var title = outline.Title.Trim();
            if (outline.DestinationPage?.Reference is { } reference
                && pageNumbers.TryGetValue(reference.ObjectID.ObjectNumber, out var page)
                && (!pages.TryGetValue(title, out var found) || depth < found.Depth))
            {
                pages[title] = (depth, page);
            }

            Collect(outline.Outlines, depth + 1, pageNumbers, pages);
        }
    }
}
