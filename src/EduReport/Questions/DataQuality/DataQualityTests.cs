using System.Globalization;
using EduReport.Analyse;
using EduReport.Check;
using EduReport.Facts;
using EduReport.Load;
using EduReport.Problems;
using EduReport.Render;
using EduReport.Render.Charts;
using EduReport.Tests.Support;

namespace EduReport.Questions.DataQuality;

public sealed class DataQualityTests
{
    private static string TemplatesDirectory => Path.Combine(AppContext.BaseDirectory, "templates");

    // One course with one exam. studentAssessment.csv: line 2 student 1 scores 70; line 3 repeats
    // line 2 (a warning, dropped); line 4 student 2 has no score (a warning); line 5 student 3 scores
    // 130 (an error, blanked); line 6 "abc" is not a number (an error at load, left out).
    // studentRegistration.csv: students 1 to 3, and student 4 on XXX 2013J (an error).
    // So 3 errors and 2 warnings; files read 1 + 1 + 5 + 4 = 11 rows, 2 of them left out.
    private static OuladFixture Fixture() => new OuladFixture()
        .Course("DDD", "2013B")
        .Assessment("DDD", "2013B", 1, "Exam", "240")
        .Registration("DDD", "2013B", 1).Registration("DDD", "2013B", 2).Registration("DDD", "2013B", 3).Registration("XXX", "2013J", 4)
        .Submission(1, 1, score: "70").Submission(1, 1, score: "70").Submission(1, 2, score: "").Submission(1, 3, score: "130")
        .Submission(1, 4, dateSubmitted: "abc", score: "50");

    [Fact]
    public void CountsFindingsBySeverity()
    {
        using var fixture = Fixture();

        var result = DataQualityAnalysis.Compute(DataChecker.Run(DatasetLoader.Load(fixture.Write())));

        Assert.Equal((3L, 2L, 0L), (result.Errors, result.Warnings, result.Notes));
        Assert.Equal((11L, 2L), (result.RowsRead, result.RowsExcluded));
        Assert.Equal([1L, 1L, 5L, 4L], result.Files.Select(f => f.RowsRead));
        Assert.Equal("comma", result.Files[0].Delimiter);

        // Errors come first, ordered by file and column.
        Assert.Equal(
            [ProblemKind.InvalidNumber, ProblemKind.ScoreOutOfRange, ProblemKind.RegistrationUnknownCourse, ProblemKind.DuplicateRow, ProblemKind.MissingValue],
            result.Findings.Select(f => f.Kind));
        var invalid = result.Findings[0];
        Assert.Equal(("studentAssessment.csv", "date_submitted", 6L, "abc"), (invalid.File, invalid.Column, invalid.Examples[0].Line, invalid.Examples[0].Value));
        Assert.Equal((1, 1), (result.Summary.Exams - result.Summary.ExamsWithoutResults, result.Summary.Courses));
    }

    [Fact]
    public void KeepsThreeExamplesPerFinding()
    {
        // Five submissions without a score, on lines 2 to 6.
        using var fixture = new OuladFixture()
            .Course("DDD", "2013B")
            .Assessment("DDD", "2013B", 1, "Exam", "240")
            .Registration("DDD", "2013B", 1)
            .Submission(1, 1, score: "").Submission(1, 2, score: "").Submission(1, 3, score: "").Submission(1, 4, score: "").Submission(1, 5, score: "");

        var result = DataQualityAnalysis.Compute(DataChecker.Run(DatasetLoader.Load(fixture.Write())));

        var missing = Assert.Single(result.Findings, f => f.Kind == ProblemKind.MissingValue);
        Assert.Equal(5, missing.Count);
        Assert.Equal([2L, 3L, 4L], missing.Examples.Select(e => e.Line));
    }

    [Fact]
    public void ChartIsNullWithoutFindings()
    {
        var empty = new DataQualityResult([], 0, 0, 0, 0, 0, [], new CheckSummary(0, 0, 0, 0, null, null));
        using var fixture = Fixture();
        var result = DataQualityAnalysis.Compute(DataChecker.Run(DatasetLoader.Load(fixture.Write())));
        var strings = ReportStrings.Load(TemplatesDirectory, "en");
        var culture = CultureInfo.GetCultureInfo("en-GB");
        var context = new ChartContext(new ChartStyle { Culture = culture, FontFamily = "Noto Sans" }, strings, new ReportFormatter(culture, strings));

        Assert.Null(DataQualityChart.Render(empty, context));
        var chart = DataQualityChart.Render(result, context);
        Assert.NotNull(chart);
        Assert.Contains("Score outside 0 to 100", chart.Svg, StringComparison.Ordinal);
    }

    [Theory]
    // The one course has its exam result (student 1 scores 70), so no course is without one, and the
    // checks make no notes: both zero counts get their own wording.
    [InlineData("en", "Score outside 0 to 100", "Correct the score at the source", "The checks found 3 errors and 2 warnings; every course has results for at least one exam.", "EduReport read 11 rows from four files and left out 2 of them.", "The checks made no notes on unusual values.")]
    [InlineData("ru", "Оценка вне диапазона от 0 до 100", "Исправьте оценку в источнике", "Проверки нашли 3 ошибки и 2 предупреждения; у каждого курса есть результаты хотя бы одного экзамена.", "EduReport прочитал 11 строк из четырёх файлов и исключил из них 2.", "Замечаний о необычных, но возможных значениях нет.")]
    public void SectionExplainsFindingsInReportLanguage(string language, string title, string remedy, string finding, string lead, string notes)
    {
        using var fixture = Fixture();
        var check = DataChecker.Run(DatasetLoader.Load(fixture.Write()));
        var results = Analyser.Run(FactsBuilder.Build(check.Dataset, new Definitions()), check, ShippedSettings.Analysis);
        var settings = new RenderSettings { Language = language, TemplatesDirectory = TemplatesDirectory, ReportDate = new DateOnly(2026, 12, 4) };

        var html = ReportRenderer.Load(settings).RenderHtml(results);

        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains(remedy, html, StringComparison.Ordinal);
        Assert.Contains(finding, System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains(lead, html, StringComparison.Ordinal);
        Assert.Contains(notes, html, StringComparison.Ordinal);
        Assert.Contains("id_assessment 1, id_student 3", html, StringComparison.Ordinal);
    }
}
