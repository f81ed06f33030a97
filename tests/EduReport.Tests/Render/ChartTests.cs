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
        var bars = new[] { new BarItem("A", 0.5, 0.4, 0.6), new BarItem("B", 0.25, 0.2, 0.3, ChartTone.Highlight) };

        var chart = BarChart.Render("test_bars", bars, Labels, "pct:1", Context())!;

        AssertSvg(chart, "test-bars");
        Assert.Equal("Caption", chart.Caption);
        var table = chart.Table!;
        Assert.Equal(["Group", "Value", "Interval from", "Interval to"], table.Columns.Select(c => c.Header));
        Assert.Equal("pct:1", table.Columns[1].Format);
        Assert.Equal([(object?)"B", 0.25, 0.2, 0.3], table.Rows[1]);
        // The highlighted bar takes the second palette colour.
        Assert.Contains("#C55A11", chart.Svg, StringComparison.OrdinalIgnoreCase);
        // Percent ticks are formatted for the language, such as "50%", and each bar is labelled with its value.
        var texts = SvgTexts(chart);
        Assert.Contains("50%", texts);
        Assert.Contains("25.0%", texts);
        // The axis runs past 100% to make room for the labels, but labels no share above it.
        Assert.DoesNotContain("120%", texts);
    }

    [Fact]
    public void LogarithmicBarsLabelPowersOfTen()
    {
        var chart = BarChart.Render("log", [new BarItem("A", 1), new BarItem("B", 30_661)], Labels, "count", Context("ru"), horizontal: true, logarithmic: true)!;

        var texts = SvgTexts(chart);
        // Russian groups thousands with a no-break space.
        Assert.Contains("30\u00A0661", texts);
        Assert.Contains("10\u00A0000", texts);
        Assert.Contains("1", texts);
    }

    [Fact]
    public void GroupedBarsListEverySeries()
    {
        // Two series over two forms; the late share of the exam is missing and prints as a dash.
        var series = new[]
        {
            new BarSeries("Fail rate", [new BarItem("TMA", 0.054, 0.052, 0.055), new BarItem("Exam", 0.114, 0.106, 0.123)], ChartTone.Primary),
            new BarSeries("Late", [new BarItem("TMA", 0.168), new BarItem("Exam", double.NaN)], ChartTone.Highlight),
        };

        var chart = BarChart.RenderGrouped("grouped", ["TMA", "Exam"], series, Labels, "pct:1", Context())!;

        AssertSvg(chart, "grouped");
        Assert.Equal(["Group", "Fail rate", "Fail rate: interval from", "Fail rate: interval to", "Late"], chart.Table!.Columns.Select(c => c.Header));
        Assert.Equal([(object?)"Exam", 0.114, 0.106, 0.123, null], chart.Table.Rows[1]);
        Assert.Contains("Late", SvgTexts(chart));
        Assert.Contains("16.8%", SvgTexts(chart));
    }

    [Fact]
    public void GroupedBarsNeedOneBarPerCategory()
    {
        var series = new[] { new BarSeries("S", [new BarItem("A", 1)], ChartTone.Primary) };

        Assert.Throws<ArgumentException>(() => BarChart.RenderGrouped("g", ["A", "B"], series, Labels, "count", Context()));
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
    public void HistogramOfWholeValuesListsEachValue()
    {
        // Bins of one day each: day -1 has 3 submissions, day 0 has 5, day 1 (late) has 2.
        var bins = new[] { new HistogramBin(-1, 0, 3), new HistogramBin(0, 1, 5), new HistogramBin(1, 2, 2, ChartTone.Highlight) };

        var chart = HistogramChart.Render("days", bins, Labels, "num:0", Context(), wholeValues: true)!;

        Assert.Equal(["Group", "Value"], chart.Table!.Columns.Select(c => c.Header));
        Assert.Equal([(object?)1.0, 2], chart.Table.Rows[2]);
        Assert.Contains("#C55A11", chart.Svg, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void HistogramSharesCompareSeriesOfDifferentSizes()
    {
        // Series A: 1 of 4 values in the first bin (25%), 3 in the second (75%); series B: 2 of 2 in the first (100%).
        var series = new[]
        {
            new HistogramSeries("A", [new HistogramBin(0, 10, 1), new HistogramBin(10, 20, 3)], ChartTone.Primary),
            new HistogramSeries("B", [new HistogramBin(0, 10, 2), new HistogramBin(10, 20, 0)], ChartTone.Secondary),
        };

        var chart = HistogramChart.RenderShares("shares", series, Labels, "num:0", Context())!;

        AssertSvg(chart, "shares");
        Assert.Equal(["From", "To", "A", "B"], chart.Table!.Columns.Select(c => c.Header));
        Assert.Equal([(object?)0.0, 10.0, 0.25, 1.0], chart.Table.Rows[0]);
        Assert.Equal([(object?)10.0, 20.0, 0.75, 0.0], chart.Table.Rows[1]);
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
    public void HorizontalBoxPlotListsMeans()
    {
        var boxes = new[] { new BoxItem("CCC 2014B", 230, 230, 230, 234, 266, 664, 231.6), new BoxItem("DDD 2013B", 229, 229, 230, 231, 241, 504, 230.2) };

        var chart = BoxPlotChart.Render("days", boxes, Labels, "num:1", Context("ru"), horizontal: true)!;

        AssertSvg(chart, "days");
        Assert.Equal("Среднее", chart.Table!.Columns[^1].Header);
        Assert.Equal(231.6, chart.Table.Rows[0][^1]);
        // Ticks of a one-decimal format drop a trailing zero: "230", not "230,0".
        Assert.Contains("230", SvgTexts(chart));
        Assert.DoesNotContain("230,0", SvgTexts(chart));
        Assert.Contains("CCC 2014B", SvgTexts(chart));
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
    public void ScatterDrawsEachSpotOnceAndNamesSeries()
    {
        // 10,000 passed points on only 100 spots, and one failed point: the SVG draws each spot once.
        var passed = Enumerable.Range(0, 10_000).Select(i => ((double)(i % 100), 50.0)).ToArray();
        var series = new[]
        {
            new ScatterSeries("Passed", passed, ChartTone.Primary),
            new ScatterSeries("Failed", [(10.0, 20.0)], ChartTone.Highlight),
        };
        var axes = new ScatterAxes { X = (0, 100), Y = (0, 100), ReferenceX = 40, ReferenceY = 40 };

        var chart = ScatterChart.Render("pairs", series, Labels, "num:0", "num:0", Context(), axes)!;

        Assert.Contains("Passed", SvgTexts(chart));
        Assert.Contains("Failed", SvgTexts(chart));
        Assert.True(chart.Svg.Length < 200_000, $"The SVG has {chart.Svg.Length} characters.");
        // The table counts every point of both series.
        Assert.Equal(10_001, chart.Table!.Rows.Sum(r => (int)r[2]!));
    }

    [Fact]
    public void HeatMapOfMeasuresShadesEachColumn()
    {
        // Churn: lower is better, so the lowest value (0.1) is blue and the highest (0.5) orange.
        // Registrations are neutral and printed as counts.
        var values = new double[,] { { 0.1, 1200 }, { 0.3, 500 }, { 0.5, double.NaN } };
        HeatMapColumn[] columns = [new("Churn", "pct:1", HeatMapScale.LowerIsBetter), new("Regis-\ntrations", "count")];

        var chart = HeatMapChart.Render("measures", ["A", "B", "C"], columns, values, Labels, Context())!;

        AssertSvg(chart, "measures");
        var texts = SvgTexts(chart);
        foreach (var text in new[] { "10.0%", "50.0%", "1,200", "—", "C" })
        {
            Assert.Contains(text, texts);
        }

        Assert.Equal(["Value", "Churn", "Regis- trations"], chart.Table!.Columns.Select(c => c.Header));
        Assert.Equal([(object?)"C", 0.5, null], chart.Table.Rows[2]);
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
