using System.Text;
using CsvHelper;
using EduReport.Problems;

namespace EduReport.Load;

/// <summary>
/// Reads one OULAD table with CsvHelper and hands each row to a <see cref="TableBuilder"/>. Columns
/// are found by name (ignoring case and surrounding spaces, in any order, extra columns ignored).
/// Malformed rows are left out and logged, and a quote that is never closed ends at the line break,
/// so that it cannot swallow the rows after it.
/// </summary>
internal static class CsvTableReader
{
    public static SourceFileInfo Read(string path, TableBuilder builder, LoadOptions options, ProblemLog log)
    {
        var table = builder.Table;
        var fileName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new DataException(Localization.Text.Message(
                "Load_MissingFile",
                fileName,
                Path.GetDirectoryName(Path.GetFullPath(path)) ?? path,
                string.Join(", ", OuladSchema.Columns(table))));
        }

        var encoding = EncodingDetector.Detect(path, options.Encoding);
        long malformed = 0;
        long rejected = 0;

        // Set once the header is read; no malformed record can be reported before that.
        var headerFields = 0;
        var separator = ',';
        var csvOptions = CsvReaderOptions.Default with
        {
            Separator = options.Delimiter,
            Encoding = encoding.CodePage == Encoding.UTF8.CodePage ? null : encoding,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            AllowLineBreaksInQuotes = false,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            IncludeValuesInExceptions = !options.HideValues,
            ShouldSkipRecord = IsBlank,
            OnMalformedRecord = record =>
            {
                malformed++;
                log.Add(new DataProblem(
                    record.Reason == CsvMalformedReason.FieldCountMismatch ? ProblemKind.FieldCountMismatch : ProblemKind.MalformedQuotes,
                    Severity.Error,
                    fileName,
                    record.LineNumber,
                    null,
                    Shorten(record.RawRecord),
                    record.Reason == CsvMalformedReason.FieldCountMismatch
                        ? [Localization.Text.Message("Expected_FieldCount", headerFields, CountFields(record.RawRecord, separator))]
                        : []));
            },
        };

        using var reader = CsvReader.FromFile(path, csvOptions);
        reader.ReadHeader();
        headerFields = reader.Headers.Count;
        separator = reader.Separator;
        var columns = ResolveColumns(reader, table, fileName);
        var parser = new FieldParser(options.MissingValues, decimalComma: reader.Separator != ',');
        var row = new RowReader(reader, columns, parser, log, fileName, OuladSchema.Columns(table));
        long rows = 0;
        while (reader.Read())
        {
            rows++;
            row.Begin();
            builder.Add(row);
            if (row.Rejected)
            {
                rejected++;
            }
        }

        // Rows that CsvHelper skipped for malformed quoting or a wrong field count never reach the loop.
        return new SourceFileInfo(table, Path.GetFullPath(path), encoding.WebName, reader.Separator, rows + malformed, malformed + rejected);
    }

    private static int[] ResolveColumns(CsvReader reader, OuladTable table, string fileName)
    {
        var expected = OuladSchema.Columns(table);
        var indexes = new int[expected.Count];
        var missing = new List<string>();
        for (var slot = 0; slot < expected.Count; slot++)
        {
            if (reader.TryGetFieldIndex(expected[slot], out var index))
            {
                indexes[slot] = index;
            }
            else
            {
                missing.Add(expected[slot]);
            }
        }

        if (missing.Count > 0)
        {
            throw new DataException(Localization.Text.Message(
                missing.Count == 1 ? "Load_MissingOneColumn" : "Load_MissingColumns",
                fileName,
                string.Join(", ", missing),
                string.Join(", ", expected),
                string.Join(", ", reader.Headers)));
        }

        return indexes;
    }

    private static bool IsBlank(CsvRow record)
    {
        for (var i = 0; i < record.FieldCount; i++)
        {
            if (!FieldParser.Trim(record.GetSpan(i)).IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Counts the fields of a raw record, ignoring separators inside double quotes.</summary>
    private static int CountFields(string raw, char separator)
    {
        var fields = 1;
        var quoted = false;
        foreach (var c in raw.TrimEnd('\r', '\n'))
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == separator && !quoted)
            {
                fields++;
            }
        }

        return fields;
    }

    private static string Shorten(string raw) => raw.Length <= 200 ? raw : string.Concat(raw.AsSpan(0, 200), "…");
}
