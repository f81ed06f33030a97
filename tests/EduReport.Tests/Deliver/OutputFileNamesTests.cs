using System.Globalization;
using EduReport.Deliver;

namespace EduReport.Tests.Deliver;

public sealed class OutputFileNamesTests
{
    private static readonly DateOnly Date = new(2026, 12, 4);

    [Fact]
    public void DefaultNamesAreReportAndResults()
    {
        var names = OutputFileNames.Default.Resolve("2014J", Date, "ru");

        Assert.Equal(new ResolvedFileNames("report.html", "report.pdf", "report.eml", "results.json"), names);
    }

    [Fact]
    public void PatternTakesPeriodDateAndLanguage()
    {
        var names = new OutputFileNames(OutputFileNames.Parse("report-{period}"), OutputFileNames.Parse("results-{date:yyyyMMdd}-{language}")).Resolve("2014J", Date, "ru");

        Assert.Equal("report-2014J.pdf", names.Pdf);
        Assert.Equal("report-2014J.eml", names.Email);
        Assert.Equal("results-20261204-ru.json", names.Results);
    }

    [Fact]
    public void DateWithoutFormatIsIsoDate()
    {
        var names = new OutputFileNames(OutputFileNames.Parse("report-{date}"), OutputFileNames.Default.Results).Resolve("2014J", Date, "en");

        Assert.Equal("report-2026-12-04.html", names.Html);
    }

    [Fact]
    public void PeriodFromDataCannotLeaveTheFolder()
    {
        var names = new OutputFileNames(OutputFileNames.Parse("{period}"), OutputFileNames.Default.Results).Resolve("../20/14J", Date, "en");

        Assert.Equal(".._20_14J.pdf", names.Pdf);
    }

    [Theory]
    [InlineData("report-{month}")]
    [InlineData("report-{period")]
    [InlineData("report}")]
    [InlineData("report-{date:HH}")]
    [InlineData("report-{date:}")]
    public void InvalidPatternIsRejected(string text)
    {
        var parsed = NamePattern.TryParse(text, OutputFileNames.Placeholders, out _, out var error);

        Assert.False(parsed);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void UnknownPlaceholderIsNamed()
    {
        NamePattern.TryParse("report-{month}", OutputFileNames.Placeholders, out _, out var error);

        Assert.Contains("{month}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void SubjectDateUsesReportCulture()
    {
        Assert.True(NamePattern.TryParse("Отчёт на {date:d MMMM yyyy}", ["date"], out var pattern, out _));

        var text = pattern.Format(new Dictionary<string, object?> { ["date"] = Date }, CultureInfo.GetCultureInfo("ru-RU"));

        Assert.Equal("Отчёт на 4 декабря 2026", text);
    }
}
