using System.Globalization;
using EduReport.Render;
using EduReport.Render.Pdf;

namespace EduReport.Tests.Render;

/// <summary>The outline reader's failure names what failed and what to do.</summary>
public sealed class PdfOutlineReaderTests
{
    [Theory]
    [InlineData("en", "Reading the outline (bookmarks) of the PDF that Chromium printed failed", "--format html")]
    [InlineData("ru", "Не удалось прочитать закладки PDF, напечатанного Chromium", "--format html")]
    public void InvalidPdfNamesOutlineAndRemedy(string language, string what, string remedy)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = ReportFormatter.CultureFor(language);
        try
        {
            var bytes = "%PDF-1.7\nnot a PDF body\n%%EOF\n"u8.ToArray();

            var error = Assert.Throws<RenderException>(() => PdfOutlineReader.FirstPages(bytes));

            Assert.StartsWith(what, error.Message, StringComparison.Ordinal);
            Assert.Contains(remedy, error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("metadata", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("метаданные", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
