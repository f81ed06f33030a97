using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace EduReport.Render.Pdf;

/// <summary>Reads the outline that Chromium builds from the headings, to find the page each heading is on.</summary>
public static class PdfOutlineReader
{
    /// <summary>Returns the 1-based page of each outline title; a title that occurs twice keeps its first page.</summary>
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

            var pages = new Dictionary<string, int>(StringComparer.Ordinal);
            Collect(document.Outlines, pageNumbers, pages);
            return pages;
        }
        catch (Exception e) when (e is PdfReaderException or InvalidOperationException or IOException)
        {
            throw new RenderException(Localization.Text.Message("Pdf_MetadataFailed", e.Message), e);
        }
    }

    private static void Collect(PdfOutlineCollection outlines, Dictionary<int, int> pageNumbers, Dictionary<string, int> pages)
    {
        foreach (var outline in outlines)
        {
            if (outline.DestinationPage?.Reference is { } reference && pageNumbers.TryGetValue(reference.ObjectID.ObjectNumber, out var page))
            {
                pages.TryAdd(outline.Title.Trim(), page);
            }

            Collect(outline.Outlines, pageNumbers, pages);
        }
    }
}
