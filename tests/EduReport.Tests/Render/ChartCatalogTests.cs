using EduReport.Analyse;
using EduReport.Facts;
using EduReport.Load;
using EduReport.Render;
using EduReport.Tests.Support;

namespace EduReport.Tests.Render;

/// <summary>The charts of the whole report, drawn from the SampleCourses fixture.</summary>
public sealed class ChartCatalogTests
{
    [Theory]
    [InlineData("ru")]
    [InlineData("en")]
    public void EveryChartHasCaptionAndDataTable(string language)
    {
        using var fixture = SampleCourses.WithCoursework();
        var results = Analyser.Run(FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions()), ShippedSettings.Analysis);
        var renderer = ReportRenderer.Load(new RenderSettings
        {
            Language = language,
            TemplatesDirectory = Path.Combine(AppContext.BaseDirectory, "templates"),
            ReportDate = new DateOnly(2026, 12, 4),
        });

        var charts = renderer.RenderCharts(results);

        // The fixture has data for every chart, so that none is left out of this check. The change since
        // the previous period needs a run with --period; PeriodComparisonRenderTests checks that chart.
        var checkedCharts = charts.Where(pair => pair.Key != "period_comparison").ToArray();
        Assert.Null(charts["period_comparison"]);
        Assert.All(checkedCharts, pair => Assert.True(pair.Value is not null, $"{pair.Key} has no data in the fixture."));
        foreach (var (name, chart) in checkedCharts)
        {
            Assert.False(string.IsNullOrWhiteSpace(chart!.Caption), $"{name} has no caption.");
            Assert.NotNull(chart.Table);
            Assert.NotEmpty(chart.Table.Rows);
            Assert.All(chart.Table.Rows, row => Assert.Equal(chart.Table.Columns.Count, row.Count));
        }
    }
}
