using System.IO.Compression;
using EduReport.Load;

namespace EduReport.Fetch;

/// <summary>How far a download has come.</summary>
/// <param name="Bytes">Bytes received so far.</param>
/// <param name="TotalBytes">The size the server announced, or null when it did not.</param>
public readonly record struct DownloadProgress(long Bytes, long? TotalBytes);

/// <summary>
/// Downloads the OULAD archive, checks it and extracts its CSV files. Nothing is extracted unless the
/// download is complete, the archive is a valid zip with the four tables EduReport reads, and no entry's
/// path leads outside the target folder. CSV files are extracted by file name, so a folder inside the
/// archive does not change where they land.
/// </summary>
public sealed class OuladFetcher(HttpClient http)
{
    /// <summary>
    /// The download address of the archive on the dataset's page, https://analyse.kmi.open.ac.uk/open_dataset,
    /// which Kuzilek, Hlosta and Zdrahal, Scientific Data 4, 170171 (2017), name as the dataset's home.
    /// </summary>
    /// <remarks>NOTE: taken from public download scripts, not checked against the live site, which tests never contact.</remarks>
    public static readonly Uri DefaultUri = new("https://analyse.kmi.open.ac.uk/open_dataset/download");

    /// <summary>Downloads <paramref name="uri"/> and extracts its CSV files into <paramref name="folder"/>; returns their paths.</summary>
    public async Task<IReadOnlyList<string>> FetchAsync(Uri uri, string folder, IProgress<DownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var target = Path.GetFullPath(folder);
        Directory.CreateDirectory(target);
        var archive = Path.Combine(target, $".oulad-{Guid.NewGuid():N}.zip.part");
        try
        {
            await DownloadAsync(uri, archive, progress, cancellationToken).ConfigureAwait(false);
            return Extract(uri, archive, target);
        }
        finally
        {
            File.Delete(archive);
        }
    }

    private async Task DownloadAsync(Uri uri, string path, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new DataException(Localization.Text.Message("Fetch_HttpFailed", uri, (int)response.StatusCode, response.ReasonPhrase));
            }

            var total = response.Content.Headers.ContentLength;
            var source = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (source.ConfigureAwait(false))
            {
                var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
                await using (file.ConfigureAwait(false))
                {
                    var buffer = new byte[1 << 16];
                    long received = 0;
                    int read;
                    while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                    {
                        await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                        received += read;
                        progress?.Report(new DownloadProgress(received, total));
                    }

                    if (total is { } expected && received != expected)
                    {
                        throw new DataException(Localization.Text.Message("Fetch_Truncated", uri, received, expected));
                    }
                }
            }
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new DataException(Localization.Text.Message("Fetch_DownloadFailed", uri, e.Message), e);
        }
    }

    private static List<string> Extract(Uri uri, string archivePath, string target)
    {
        ZipArchive archive;
        try
        {
            archive = ZipFile.OpenRead(archivePath);
        }
        catch (InvalidDataException e)
        {
            throw new DataException(Localization.Text.Message("Fetch_NotZip", uri, e.Message), e);
        }

        using (archive)
        {
            var csvEntries = CheckEntries(archive, target);
            var extracted = new List<string>(csvEntries.Count);
            foreach (var entry in csvEntries)
            {
                var destination = Path.Combine(target, entry.Name);
                var partial = destination + ".part";
                try
                {
                    entry.ExtractToFile(partial, overwrite: true);
                    File.Move(partial, destination, overwrite: true);
                }
                catch (InvalidDataException e)
                {
                    File.Delete(partial);
                    throw new DataException(Localization.Text.Message("Fetch_NotZip", uri, e.Message), e);
                }

                extracted.Add(destination);
            }

            return extracted;
        }
    }

    /// <summary>Rejects entries that would leave <paramref name="target"/>, and returns the CSV entries once the four tables are among them.</summary>
    private static List<ZipArchiveEntry> CheckEntries(ZipArchive archive, string target)
    {
        var root = target.EndsWith(Path.DirectorySeparatorChar) ? target : target + Path.DirectorySeparatorChar;
        var csv = new List<ZipArchiveEntry>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            var destination = Path.GetFullPath(Path.Combine(target, entry.FullName));
            if (!destination.StartsWith(root, StringComparison.Ordinal) || Path.IsPathRooted(entry.FullName))
            {
                throw new DataException(Localization.Text.Message("Fetch_UnsafeEntry", entry.FullName, target));
            }

            // Folders, and the resource forks that macOS adds to archives, hold no tables.
            if (entry.Name.Length == 0 || entry.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal)
                || !entry.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!names.Add(entry.Name))
            {
                throw new DataException(Localization.Text.Message("Fetch_DuplicateEntry", entry.Name));
            }

            csv.Add(entry);
        }

        var required = Enum.GetValues<OuladTable>().Select(OuladSchema.FileName).ToArray();
        var missing = required.Where(name => !names.Contains(name)).ToArray();
        if (missing.Length > 0)
        {
            var messageKey = missing.Length == 1 ? "Fetch_MissingOneFile" : "Fetch_MissingFiles";
            throw new DataException(Localization.Text.Message(messageKey, string.Join(", ", missing), string.Join(", ", names.Order(StringComparer.Ordinal))));
        }

        return csv;
    }
}
