using PdfSharp.Pdf;

namespace EduReport.Render.Pdf;

/// <summary>
/// Writes the document information that Chromium leaves out: Chromium sets only the title, and its
/// user agent as the creator, so the author, subject, creator and document language are set here with
/// PDFsharp. The outline, the tagged structure and the embedded fonts are kept.
/// </summary>
public static class PdfMetadataWriter
{
    /// <summary>The creator of every PDF, such as "EduReport 1.0.0": the product version without the commit that the build appends after '+'.</summary>
    public static string Creator { get; } = "EduReport " + ProductVersion();

    /// <summary>Sets the title, author, subject, creator and language of <paramref name="document"/> from <paramref name="metadata"/>.</summary>
    public static void Apply(PdfDocument document, PdfMetadata metadata)
    {
        document.Info.Title = metadata.Title;
        document.Info.Author = metadata.Author;
        document.Info.Subject = metadata.Subject;
        document.Info.Creator = Creator;
        document.Language = metadata.Language;
    }

    private static string ProductVersion()
    {
        var assembly = typeof(PdfMetadataWriter).Assembly;
        var version = assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), inherit: false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>()
            .FirstOrDefault()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString(3)
            ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
