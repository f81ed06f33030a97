namespace EduReport.Render.Pdf;

/// <summary>The document information of the PDF, which viewers show and screen readers use.</summary>
/// <param name="Title">The report title.</param>
/// <param name="Author">The organisation, or the product name when none is configured.</param>
/// <param name="Subject">The period the data cover; empty for none.</param>
/// <param name="Language">The report language as a BCP 47 tag, such as "ru" or "en".</param>
public sealed record PdfMetadata(string Title, string Author, string Subject, string Language);
