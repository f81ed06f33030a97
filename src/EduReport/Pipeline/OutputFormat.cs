namespace EduReport.Pipeline;

/// <summary>The files a report run writes. results.json is always written.</summary>
[Flags]
public enum OutputFormat
{
    None = 0,
    Html = 1,
    Pdf = 2,
}
