namespace EduReport.Render.Pdf;

/// <summary>The page furniture of the PDF: header and footer text, in the report's language.</summary>
/// <param name="HeaderText">The running header, such as the report title and period; empty for none.</param>
/// <param name="FooterPageText">The page number text with {0} for the page and {1} for the page count.</param>
/// <param name="FontFamily">The font of the header and footer, which Chromium finds through fontconfig.</param>
public sealed record PdfPageSettings(string HeaderText, string FooterPageText, string FontFamily)
{
    /// <summary>Whether the pages get the header and footer; the page layout is the same without them, because the margins stay.</summary>
    public bool HeaderAndFooter { get; init; } = true;
}
