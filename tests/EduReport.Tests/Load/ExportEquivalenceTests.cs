using System.Text;
using EduReport.Analyse;
using EduReport.Check;
using EduReport.Facts;
using EduReport.Load;
using EduReport.Sample;
using EduReport.Tests.Support;

namespace EduReport.Tests.Load;

/// <summary>
/// The same data as OULAD writes it and as a Russian Excel export writes it (semicolons, Windows-1251,
/// CRLF, decimal commas, whole numbers as "78,0" and ids with no-break spaces between digit groups)
/// must give the same analysis results.
/// </summary>
public sealed class ExportEquivalenceTests
{
    static ExportEquivalenceTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    [Fact]
    public void ExcelExportGivesSameResults()
    {
        using var oulad = new TempDirectory();
        using var excel = new TempDirectory();
        SampleGenerator.Write(oulad.Path, 400, seed: 3);

        // A Cyrillic module code, so that the export needs Windows-1251; the OULAD copy keeps UTF-8.
        foreach (var file in Directory.GetFiles(oulad.Path))
        {
            File.WriteAllText(file, File.ReadAllText(file).Replace("AAA", "МАТ", StringComparison.Ordinal), new UTF8Encoding(false));
            var name = Path.GetFileName(file);
            File.WriteAllBytes(excel.File(name), Encoding.GetEncoding(1251).GetBytes(ToExcel(File.ReadAllLines(file), name)));
        }

        var expected = Analyse(oulad.Path, out var ouladSources);
        var actual = Analyse(excel.Path, out var excelSources);

        Assert.All(ouladSources, s => Assert.Equal((',', "utf-8"), (s.Delimiter, s.Encoding)));
        Assert.All(excelSources, s => Assert.Equal((';', "windows-1251"), (s.Delimiter, s.Encoding)));
        Assert.Equal(expected, actual);
        Assert.Contains("\"МАТ", expected, StringComparison.Ordinal);
    }

    /// <summary>Runs Load, Check and Analyse, and returns results.json without the list of files, whose encodings differ by design.</summary>
    private static string Analyse(string folder, out IReadOnlyList<SourceFileInfo> sources)
    {
        var check = DataChecker.Run(DatasetLoader.Load(folder));
        sources = check.Dataset.Sources;
        var results = Analyser.Run(FactsBuilder.Build(check.Dataset, new Definitions()), check, ShippedSettings.Analysis);
        results = results with { DataQuality = results.DataQuality with { Files = [] } };
        return Encoding.UTF8.GetString(ResultsJson.Serialize(results));
    }

    private static string ToExcel(string[] lines, string file)
    {
        var text = new StringBuilder();
        for (var row = 0; row < lines.Length; row++)
        {
            var fields = lines[row].Split(',');
            for (var column = 0; column < fields.Length && row > 0; column++)
            {
                fields[column] = ToExcelNumber(fields[column], row, column, file);
            }

            text.Append(string.Join(';', fields)).Append("\r\n");
        }

        return text.ToString();
    }

    private static string ToExcelNumber(string field, int row, int column, string file)
    {
        if (field.Contains('.', StringComparison.Ordinal))
        {
            return field.Replace('.', ',');
        }

        // Every third whole number of studentAssessment.csv as a spreadsheet writes it, "78,0"; and
        // student ids above 9,999 with a no-break space between the digit groups.
        var isStudent = (file == "studentAssessment.csv" && column == 1) || (file == "studentRegistration.csv" && column == 2);
        if (isStudent && field.Length > 4)
        {
            return field[..^3] + "\u00A0" + field[^3..];
        }

        if (file == "studentAssessment.csv" && field.Length > 0 && row % 3 == 0 && field.All(char.IsAsciiDigit))
        {
            return field + ",0";
        }

        return field;
    }
}
