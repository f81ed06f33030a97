using ScottPlot;
using ScottPlot.TickGenerators;

namespace EduReport.Render.Charts;

/// <summary>Bar charts shared by several questions: labelled category bars, with optional intervals, and histograms.</summary>
public static class BarCharts
{
    /// <summary>The height of one horizontal bar's row, in pixels.</summary>
    private const int RowHeight = 26;

    /// <summary>
    /// Returns horizontal bars, the first item at the top, each labelled with its value to the right of
    /// the bar or of its interval. The value axis starts at 0.
    /// </summary>
    /// <param name="tickFormat">Formats the value axis ticks, for example as percentages.</param>
    /// <param name="axisMax">The largest value the axis labels, such as 1 for shares; the axis runs a little further to leave room for the value labels.</param>
    public static Plot Horizontal(ChartContext context, IReadOnlyList<CategoryBar> items, string valueAxisLabel, Func<double, string> tickFormat, double? axisMax = null)
    {
        var plot = ChartRenderer.NewPlot(context.Style);
        var count = items.Count;
        var bars = items
            .Select((item, i) => new Bar
            {
                Position = count - 1 - i,
                Value = item.Value,
                FillColor = ChartRenderer.PaletteColor(context.Style, item.ColourIndex),
                LineWidth = 0,
                Orientation = Orientation.Horizontal,
                Size = 0.7,
            })
            .ToArray();
        plot.Add.Bars(bars);

        var withInterval = items.Select((item, i) => (item, i)).Where(x => x.item.Low is not null && x.item.High is not null).ToArray();
        if (withInterval.Length > 0)
        {
            var errors = new ScottPlot.Plottables.ErrorBar(
                withInterval.Select(x => x.item.Value).ToArray(),
                withInterval.Select(x => (double)(count - 1 - x.i)).ToArray(),
                withInterval.Select(x => x.item.High!.Value - x.item.Value).ToArray(),
                withInterval.Select(x => x.item.Value - x.item.Low!.Value).ToArray(),
                null,
                null)
            {
                Color = Color.FromHex(context.Style.TextColor),
                LineWidth = 1.2f,
                CapSize = 6,
            };
            plot.Add.Plottable(errors);
        }

        var maxEnd = items.Count == 0 ? 1 : items.Max(item => Math.Max(item.Value, item.High ?? item.Value));
        for (var i = 0; i < count; i++)
        {
            var item = items[i];
            var label = plot.Add.Text(item.ValueLabel, Math.Max(item.Value, item.High ?? item.Value) + (maxEnd * 0.01), count - 1 - i);
            label.Alignment = Alignment.MiddleLeft;
            label.LabelFontName = context.Style.FontFamily;
            label.LabelFontSize = 12;
            label.LabelFontColor = Color.FromHex(context.Style.TextColor);
        }

        plot.Axes.Left.SetTicks(
            Enumerable.Range(0, count).Select(i => (double)(count - 1 - i)).ToArray(),
            items.Select(item => item.Category).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        var labelledMax = axisMax ?? double.PositiveInfinity;
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { LabelFormatter = v => v <= labelledMax + 1e-9 ? tickFormat(v) : string.Empty };
        plot.Axes.SetLimitsX(0, Math.Min(maxEnd * 1.18, labelledMax * 1.14));
        plot.Axes.SetLimitsY(-0.6, count - 0.4);
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.XLabel(valueAxisLabel);
        return plot;
    }

    /// <summary>Returns a style as tall as <paramref name="rows"/> horizontal bars need.</summary>
    public static ChartStyle ForRows(ChartStyle style, int rows) => style with { Height = Math.Max(160, 70 + (RowHeight * rows)) };

    /// <summary>Returns vertical bars for histogram bins, the bins' edges on a numeric axis.</summary>
    /// <param name="counts">The height of each bin, such as a count or a share.</param>
    /// <param name="colourOf">The palette colour of each bin, by the bin's index.</param>
    public static Plot Histogram(ChartContext context, IReadOnlyList<(double From, double To)> bins, IReadOnlyList<double> counts, Func<int, int> colourOf, string xLabel, string yLabel)
    {
        var plot = ChartRenderer.NewPlot(context.Style);
        var bars = bins
            .Select((bin, i) => new Bar
            {
                Position = (bin.From + bin.To) / 2,
                Value = counts[i],
                Size = (bin.To - bin.From) * 0.92,
                FillColor = ChartRenderer.PaletteColor(context.Style, colourOf(i)),
                LineWidth = 0,
            })
            .ToArray();
        plot.Add.Bars(bars);
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { LabelFormatter = v => context.Format.Number(v, 0) };
        plot.Axes.Margins(bottom: 0, top: 0.08);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        return plot;
    }
}
