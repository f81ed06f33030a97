namespace EduReport.Pipeline;

/// <summary>The files a report run writes. results.json is always written.</summary>
[Flags]
public enum OutputFormat
{
    None = 0,
    Html = 1,
    Pdf = 2,

    /// <summary>The e-mail as a MIME file (report.eml): the summary with the PDF attached, ready for <c>edureport send</c>.</summary>
    Email = 4,
}
