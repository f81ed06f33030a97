namespace EduReport.Render.Pdf;

/// <summary>
/// Finds the Chromium that prints the PDF: the path the user gave, else PUPPETEER_EXECUTABLE_PATH,
/// else the operating system's Chromium or Chrome in the usual places and on PATH.
/// </summary>
public static class ChromiumLocator
{
    public const string EnvironmentVariable = "PUPPETEER_EXECUTABLE_PATH";

    private static readonly string[] KnownPaths =
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/lib/chromium/chromium",
        "/snap/bin/chromium",
        "/usr/bin/google-chrome",
        "/usr/bin/google-chrome-stable",
    ];

    private static readonly string[] ExecutableNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>Returns the Chromium executable, or throws a <see cref="RenderException"/> that explains how to install one.</summary>
    public static string Find(string? explicitPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return File.Exists(explicitPath)
                ? Path.GetFullPath(explicitPath)
                : throw new RenderException(Localization.Text.Message("Pdf_ChromiumNotFoundAt", explicitPath, "--chromium"));
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return File.Exists(fromEnvironment)
                ? fromEnvironment
                : throw new RenderException(Localization.Text.Message("Pdf_ChromiumNotFoundAt", fromEnvironment, EnvironmentVariable));
        }

        var found = KnownPaths.FirstOrDefault(File.Exists) ?? FindOnPath();
        return found ?? throw new RenderException(Localization.Text.Message("Pdf_NoChromium"));
    }

    private static string? FindOnPath()
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return directories
            .SelectMany(directory => ExecutableNames.Select(name => Path.Combine(directory, name)))
            .FirstOrDefault(File.Exists);
    }
}
