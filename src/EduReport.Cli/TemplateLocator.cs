namespace EduReport.Cli;

/// <summary>
/// Finds the template set: --templates when given, else ./templates when it contains a template set
/// (an analyst's working copy), else the templates shipped next to the executable.
/// </summary>
internal static class TemplateLocator
{
    public static string Find(string? explicitDirectory)
    {
        if (explicitDirectory is not null)
        {
            return explicitDirectory;
        }

        var local = Path.Combine(Environment.CurrentDirectory, "templates");
        if (File.Exists(Path.Combine(local, Render.TemplateSet.MainTemplate)))
        {
            return local;
        }

        return Path.Combine(AppContext.BaseDirectory, "templates");
    }
}
