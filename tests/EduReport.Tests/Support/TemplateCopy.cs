namespace EduReport.Tests.Support;

/// <summary>A copy of the shipped template set in a temporary folder, for tests that edit templates.</summary>
public sealed class TemplateCopy : IDisposable
{
    private readonly TempDirectory _directory = new();

    public TemplateCopy()
    {
        var source = System.IO.Path.Combine(AppContext.BaseDirectory, "templates");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    public string Path => _directory.Path;

    /// <summary>Replaces a template file, such as "sections/SingleCoursePassers.sbn-html", and returns its full path.</summary>
    public string Write(string relativePath, string content) => _directory.Write(relativePath, content);

    public void Dispose() => _directory.Dispose();
}
