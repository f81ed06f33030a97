using EduReport.Analyse;
using EduReport.Render.Charts;

namespace EduReport.Render.Pdf;

/// <summary>
/// Prints the report to PDF in two passes: the first finds the page of each section's heading in the
/// outline, the second prints the table of contents with those page numbers. Chromium cannot print
/// page references itself (CSS target-counter is not supported). The first pass prints without header
/// and footer, so its first page becomes the cover of the second, which Chromium would otherwise
/// print with both. <see cref="PdfFinisher"/> adds the cover and the metadata last.
/// </summary>
public static class ReportPdf
{
    public static async Task<byte[]> PrintAsync(
        ReportRenderer renderer,
        PdfPrinter printer,
        ReportResults results,
        IReadOnlyDictionary<string, ChartImage?> charts,
        CancellationToken cancellationToken = default)
    {
        var page = renderer.PdfPage(results);
        var draft = renderer.Render(results, charts);
        var draftPdf = await printer.PrintAsync(draft.Html, page with { HeaderAndFooter = false }, cancellationToken).ConfigureAwait(false);
        var headingPages = PdfOutlineReader.FirstPages(draftPdf);

        var tocPages = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var section in draft.AllSections)
        {
            if (headingPages.TryGetValue(section.Info.Title.Trim(), out var number))
            {
                tocPages[section.Info.Id] = number;
            }
        }

        // The page numbers fit on the lines the contents already have, so no heading moves to another page.
        var html = renderer.Render(results, charts, tocPages).Html;
        var pdf = await printer.PrintAsync(html, page, cancellationToken).ConfigureAwait(false);
        return PdfFinisher.Finish(pdf, draftPdf, renderer.PdfMetadata(results));
    }
}
