using System.Text.RegularExpressions;
using EduReport.Render;
using EduReport.Render.Charts;

namespace EduReport.Tests.Render;

/// <summary>The chart helpers: each draws SVG with the report's font, returns its data table, and returns null without data.</summary>
public sealed partial class ChartTests
{
    private static ChartContext Context(string language = "en")
    {
        var templates = Path.Combine(AppContext.BaseDirectory, "templates");
        var strings = ReportStrings.Load(templates, language);
        var fonts = FontSet.Load(Path.Combine(templates, "fonts"));
        fonts.RegisterWithScottPlot();
        var culture = ReportFormatter.CultureFor(language);
        return new ChartContext(new ChartStyle { Culture = culture, FontFamily = fonts.TextFamily }, strings, new ReportFormatter(culture, strings));
    }

    private static readonly ChartLabels Labels = new("Caption", "Group", "Value");

    [Fact]
    public void BarsWithIntervalsDrawWhiskersAndListBounds()
    {
        var bars = new[] { new BarItem("A", 0.5, 0.4, 0.6), new BarItem("B", 0.25, 0.2, 0.3, Highlight: true) };

        var chart = BarChart.Render("test_bars", bars, Labels, "pct:1", Context())!;

        AssertSvg(chart, "test-bars");
        Assert.Equal("Caption", chart.Caption);
        var table = chart.Table!;
        Assert.Equal(["Group", "Value", "Interval from", "Interval to"], table.Columns.Select(c => c.Header));
        Assert.Equal("pct:1", table.Columns[1].Format);
        Assert.Equal([(object?)"B", 0.25, 0.2, 0.3], table.Rows[1]);
        // The highlighted bar takes the second palette colour.
        Assert.Contains("#C55A11", chart.Svg, StringComparison.OrdinalIgnoreCase);
        // Percent ticks are formatted for the language, such as "50%".
        Assert.Contains("50%", SvgTexts(chart));
    }

    [Fact]
    public void BarsWithoutIntervalsHaveTwoColumns()
    {
        var chart = BarChart.Render("plain", [new BarItem("A", 3), new BarItem("B", 5)], Labels, "count", Context(), horizontal: true)!;

        Assert.Equal(2, chart.Table!.Columns.Count);
        Assert.Equal(2, chart.Table.Rows.Count);
    }

    [Fact]
    public void HistogramBinsCountValues()
    {
        // 0 and 9.9 fall in 0-10, 10 in 10-20, 100 in the last bin 90-100; -1, 101 and NaN are out of range.
        var bins = HistogramBin.FromValues([0, 9.9, 10, 100, -1, 101, double.NaN], 0, 10, 10);

        Assert.Equal(10, bins.Count);
        Assert.Equal([2, 1, 0, 0, 0, 0, 0, 0, 0, 1], bins.Select(b => b.Count));
        Assert.Equal((90.0, 100.0), (bins[9].Start, bins[9].End));
    }

    [Fact]
    public void HistogramChartListsBins()
    {
        var bins = HistogramBin.FromValues([5, 15, 15, 25], 0, 10, 3);

        var chart = HistogramChart.Render("scores", bins, Labels, "num:0", Context("ru"))!;

        AssertSvg(chart, "scores");
        Assert.Equal([(object?)10.0, 20.0, 2], chart.Table!.Rows[1]);
        Assert.Equal(["От", "До", "Value"], chart.Table.Columns.Select(c => c.Header));
    }

    [Fact]
    public void BoxPlotListsFiveNumbers()
    {
        var chart = BoxPlotChart.Render("boxes", [new BoxItem("DDD", 10, 40, 55, 70, 98, 120)], Labels, "num:1", Context())!;

        AssertSvg(chart, "boxes");
        Assert.Equal([(object?)"DDD", 120, 10.0, 40.0, 55.0, 70.0, 98.0], chart.Table!.Rows[0]);
        Assert.Equal(7, chart.Table.Columns.Count);
    }

    [Fact]
    public void ScatterTableSummarisesRangesOfX()
    {
        // x runs from 0 to 100, so the ten ranges are 10 wide. The points at 0 and 5 share the first
        // range (mean y 15), and 100 falls in the last. The NaN point is left out.
        var points = new[] { (0.0, 10.0), (5.0, 20.0), (100.0, 90.0), (double.NaN, 1.0) };

        var chart = ScatterChart.Render("scatter", points, Labels, "num:0", "num:1", Context())!;

        AssertSvg(chart, "scatter");
        var rows = chart.Table!.Rows;
        Assert.Equal(2, rows.Count);
        Assert.Equal([(object?)0.0, 10.0, 2, 15.0], rows[0]);
        Assert.Equal([(object?)90.0, 100.0, 1, 90.0], rows[1]);
    }

    [Fact]
    public void HeatMapPrintsEveryValue()
    {
        var values = new double[,] { { 0.5, 0.25 }, { double.NaN, 1.0 } };

        var chart = HeatMapChart.Render("heat", ["AAA", "BBB"], ["Pass", "Churn"], values, Labels, "pct:0", Context())!;

        AssertSvg(chart, "heat");
        var texts = SvgTexts(chart);
        foreach (var text in new[] { "50%", "25%", "100%", "AAA", "Churn" })
        {
            Assert.Contains(text, texts);
        }

        Assert.Equal([(object?)"BBB", null, 1.0], chart.Table!.Rows[1]);
    }

    [Fact]
    public void EmptyDataGivesNoChart()
    {
        var context = Context();

        Assert.Null(BarChart.Render("a", [], Labels, "count", context));
        Assert.Null(HistogramChart.Render("b", HistogramBin.FromValues([], 0, 10, 10), Labels, "num:0", context));
        Assert.Null(BoxPlotChart.Render("c", [], Labels, "num:0", context));
        Assert.Null(ScatterChart.Render("d", [(double.NaN, 1.0)], Labels, "num:0", "num:0", context));
        Assert.Null(HeatMapChart.Render("e", ["A"], ["B"], new double[,] { { double.NaN } }, Labels, "num:0", context));
    }

    [Fact]
    public void PaletteStaysApartInGrayscale()
    {
        // CIE 1976 L* of each sRGB colour (the sRGB and CIELAB formulas), computed here without the chart code.
        var lightness = ChartStyle.DefaultPalette.Select(Lightness).ToArray();

        for (var i = 0; i < lightness.Length; i++)
        {
            for (var j = i + 1; j < lightness.Length; j++)
            {
                Assert.True(Math.Abs(lightness[i] - lightness[j]) >= 9, $"{ChartStyle.DefaultPalette[i]} and {ChartStyle.DefaultPalette[j]} differ by {Math.Abs(lightness[i] - lightness[j]):F1} in L*.");
            }
        }
    }

    [Fact]
    public void HeatMapScaleDarkensSteadily()
    {
        var style = Context().Style;

        var lightness = Enumerable.Range(0, 11).Select(i => Lightness(ChartRenderer.Sequential(style, i / 10.0).ToHex())).ToArray();

        for (var i = 1; i < lightness.Length; i++)
        {
            Assert.True(lightness[i] < lightness[i - 1], $"Step {i} is not darker than step {i - 1}.");
        }
    }

    private static void AssertSvg(ChartImage chart, string idPrefix)
    {
        Assert.StartsWith("<svg", chart.Svg, StringComparison.Ordinal);
        Assert.Contains("font-family=\"Noto Sans\"", chart.Svg, StringComparison.Ordinal);
        Assert.All(IdAttribute().Matches(chart.Svg), m => Assert.StartsWith("c-" + idPrefix + "-", m.Groups[1].Value, StringComparison.Ordinal));
    }

    private static string[] SvgTexts(ChartImage chart) =>
        SvgText().Matches(chart.Svg).Select(m => m.Groups[1].Value.Trim()).ToArray();

    private static double Lightness(string hex)
    {
        static double Linear(double c) => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        var rgb = Enumerable.Range(0, 3).Select(i => Convert.ToInt32(hex.Substring(1 + (2 * i), 2), 16) / 255.0).Select(Linear).ToArray();
        var y = (0.2126 * rgb[0]) + (0.7152 * rgb[1]) + (0.0722 * rgb[2]);
        return y > 0.008856 ? (116 * Math.Cbrt(y)) - 16 : 903.3 * y;
    }

    [GeneratedRegex("<text[^>]*>([^<]*)</text>")]
    private static partial Regex SvgText();

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();
}
