namespace EduReport.Deliver;

/// <summary>
/// Writes the files of a run so that a failure never leaves a half-written report and never destroys
/// the previous one. Each file is first written to a temporary file in the output folder. When all of
/// them are written, they are renamed over the old files.
/// </summary>
public static class OutputWriter
{
    /// <summary>Writes <paramref name="files"/> into <paramref name="directory"/> and returns their full paths.</summary>
    public static IReadOnlyList<string> WriteAll(string directory, IReadOnlyList<OutputFile> files)
    {
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DeliveryException(Localization.Text.Message("Deliver_CannotCreateFolder", directory, e.Message), e);
        }

        var staged = new List<(string Temporary, string Final)>();
        try
        {
            foreach (var file in files)
            {
                var final = Path.GetFullPath(Path.Combine(directory, file.Name));
                var temporary = Path.Combine(Path.GetDirectoryName(final)!, $".{Path.GetFileName(final)}.{Guid.NewGuid():N}.tmp");
                staged.Add((temporary, final));
                using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.None);
                stream.Write(file.Content);
                stream.Flush(flushToDisk: true);
            }

            foreach (var (temporary, final) in staged)
            {
                File.Move(temporary, final, overwrite: true);
            }

            return staged.Select(s => s.Final).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var (temporary, _) in staged)
            {
                TryDelete(temporary);
            }

            throw new DeliveryException(Localization.Text.Message("Deliver_WriteFailed", directory, e.Message), e);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The temporary file stays; it has a .tmp name and never replaces a report.
        }
    }
}
