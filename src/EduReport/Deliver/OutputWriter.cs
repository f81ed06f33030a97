namespace EduReport.Deliver;

/// <summary>
/// Writes the files of a run so that a failure never leaves a half-written report and never destroys
/// the previous one. Each file is first written to a temporary file in the output folder. When all of
/// them are written, each old file is renamed to a backup and the new one renamed into its place. If
/// a rename fails, the files already replaced are put back from their backups, so the folder keeps the
/// previous set of files.
/// </summary>
public static class OutputWriter
{
    /// <summary>
    /// Checks that <paramref name="directory"/> can be created and written to, so that a run fails
    /// before the analysis rather than after it. It creates the missing folders, writes and deletes a
    /// probe file, and removes the folders it created, so a later failure leaves no empty folder behind.
    /// </summary>
    public static void CheckWritable(string directory)
    {
        var full = Path.GetFullPath(directory);
        var created = new List<string>();
        for (var folder = full; folder is not null && !Directory.Exists(folder); folder = Path.GetDirectoryName(folder))
        {
            created.Add(folder);
        }

        try
        {
            Directory.CreateDirectory(full);
            var probe = Path.Combine(full, $".edureport-write-check.{Guid.NewGuid():N}.tmp");
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DeliveryException(Localization.Text.Message("Deliver_FolderNotWritable", directory, e.Message), e);
        }
        finally
        {
            // Deepest first, and only folders that are still empty.
            foreach (var folder in created)
            {
                try
                {
                    if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
                    {
                        Directory.Delete(folder);
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // The empty folder stays behind, which does no harm because it contains no file.
                }
            }
        }
    }

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

        var staged = new List<StagedFile>();
        var replaced = new List<StagedFile>();
        try
        {
            foreach (var file in files)
            {
                var final = Path.GetFullPath(Path.Combine(directory, file.Name));
                var folder = Path.GetDirectoryName(final)!;
                var id = Guid.NewGuid().ToString("N");
                var stage = new StagedFile(Path.Combine(folder, $".{Path.GetFileName(final)}.{id}.tmp"), final, Path.Combine(folder, $".{Path.GetFileName(final)}.{id}.bak"));
                staged.Add(stage);
                using var stream = new FileStream(stage.Temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.None);
                stream.Write(file.Content);
                stream.Flush(flushToDisk: true);
            }

            foreach (var stage in staged)
            {
                if (File.Exists(stage.Final))
                {
                    File.Move(stage.Final, stage.Backup);
                }

                replaced.Add(stage);
                File.Move(stage.Temporary, stage.Final);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            RollBack(staged, replaced);
            throw new DeliveryException(Localization.Text.Message("Deliver_WriteFailed", directory, e.Message), e);
        }

        foreach (var stage in staged)
        {
            TryDelete(stage.Backup);
        }

        return staged.Select(s => s.Final).ToArray();
    }

    /// <summary>Puts the old files back, newest replacement first, and deletes the temporary files.</summary>
    private static void RollBack(List<StagedFile> staged, List<StagedFile> replaced)
    {
        foreach (var stage in Enumerable.Reverse(replaced))
        {
            if (!File.Exists(stage.Backup))
            {
                // There was no old file, or moving it aside failed; a new file in its place is removed.
                if (!File.Exists(stage.Temporary))
                {
                    TryDelete(stage.Final);
                }

                continue;
            }

            try
            {
                File.Move(stage.Backup, stage.Final, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // NOTE: the old file stays under its .bak name, which the error message cannot point at.
            }
        }

        foreach (var stage in staged)
        {
            TryDelete(stage.Temporary);
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
            // The file stays; it has a .tmp or .bak name and never replaces a report.
        }
    }

    /// <summary>One output file: the temporary file it is written to, its final path, and where the old file is kept until all files are in place.</summary>
    private sealed record StagedFile(string Temporary, string Final, string Backup);
}
