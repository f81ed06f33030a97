using ScottPlot;

namespace EduReport.Render.Charts;

/// <summary>One bar: a category, its value and, when known, the interval around the value.</summary>
/// <param name="Label">The category, printed under the bar (or beside it in a horizontal chart).</param>
/// <param name="Low">The lower end of the interval, such as a 95% confidence interval; null draws no whisker.</param>
/// <param name="Highlight">Draws the bar in the second palette colour, to point at it.</param>
public sealed record BarItem(string Label, double Value, double? Low = null, double? High = null, bool Highlight = false);

/// <summary>Bar charts with optional interval whiskers, vertical or horizontal.</summary>
public static class BarChart
{
    /// <summary>
    /// Draws <paramref name="bars"/> in order. <paramref name="valueFormat"/> (a <see cref="ValueFormat"/>
    /// name such as "count" or "pct:1") formats the value axis, the value labels and the data table.
    /// Returns null when there is no bar.
    /// </summary>
    public static ChartImage? Render(string name, IReadOnlyList<BarItem> bars, ChartLabels labels, string valueFormat, ChartContext context, bool horizontal = false)
    {
        if (bars.Count == 0)
        {
            return null;
        }

        var style = context.Style;
        var plot = ChartRenderer.NewPlot(style);
        var positions = Enumerable.Range(0, bars.Count).Select(i => horizontal ? bars.Count - 1 - i : (double)i).ToArray();
        var plotted = bars.Select((bar, i) => new Bar
        {
            Position = positions[i],
            Value = bar.Value,
            FillColor = ChartRenderer.PaletteColor(style, bar.Highlight ? 1 : 0),
            LineWidth = 0,
            Orientation = horizontal ? Orientation.Horizontal : Orientation.Vertical,
            Label = bar.Low is null ? context.Format.Format(bar.Value, valueFormat) : string.Empty,
        }).ToArray();
        var barPlot = plot.Add.Bars(plotted);
        barPlot.ValueLabelStyle.FontName = style.FontFamily;
        barPlot.ValueLabelStyle.FontSize = 12;
        barPlot.ValueLabelStyle.ForeColor = Color.FromHex(style.TextColor);

        AddWhiskers(plot, bars, positions, style, horizontal);

        var categoryAxis = horizontal ? (IAxis)plot.Axes.Left : plot.Axes.Bottom;
        var valueAxis = horizontal ? (IAxis)plot.Axes.Bottom : plot.Axes.Left;
        categoryAxis.SetTicks(positions, bars.Select(b => b.Label).ToArray());
        ChartRenderer.FormatTicks(valueAxis, valueFormat, context);
        if (horizontal)
        {
            plot.Axes.Margins(left: 0, right: 0.12);
            plot.XLabel(labels.YLabel);
            plot.YLabel(labels.XLabel);
        }
        else
        {
            plot.Axes.Margins(bottom: 0, top: 0.15);
            plot.XLabel(labels.XLabel);
            plot.YLabel(labels.YLabel);
        }

        var height = horizontal ? Math.Max(style.Height, 60 + (26 * bars.Count)) : style.Height;
        var image = ChartRenderer.ToImage(name, plot, style with { Height = height });
        return image with { Caption = labels.Caption, Table = Table(bars, labels, valueFormat, context) };
    }

    private static void AddWhiskers(Plot plot, IReadOnlyList<BarItem> bars, double[] positions, ChartStyle style, bool horizontal)
    {
        var withInterval = Enumerable.Range(0, bars.Count).Where(i => bars[i].Low is not null && bars[i].High is not null).ToArray();
        if (withInterval.Length == 0)
        {
            return;
        }

        var at = withInterval.Select(i => positions[i]).ToArray();
        var values = withInterval.Select(i => bars[i].Value).ToArray();
        var above = withInterval.Select(i => bars[i].High!.Value - bars[i].Value).ToArray();
        var below = withInterval.Select(i => bars[i].Value - bars[i].Low!.Value).ToArray();
        var whiskers = horizontal
            ? new ScottPlot.Plottables.ErrorBar(values, at, above, below, null, null)
            : new ScottPlot.Plottables.ErrorBar(at, values, null, null, above, below);
        whiskers.Color = Color.FromHex(style.TextColor);
        whiskers.LineWidth = 1.5f;
        whiskers.CapSize = 6;
        plot.Add.Plottable(whiskers);
    }

    private static ChartTable Table(IReadOnlyList<BarItem> bars, ChartLabels labels, string valueFormat, ChartContext context)
    {
        var hasInterval = bars.Any(b => b.Low is not null);
        List<ChartColumn> columns = [new(labels.XLabel), new(labels.YLabel, valueFormat)];
        if (hasInterval)
        {
            columns.Add(new ChartColumn(context.Strings.Get("chart.interval_low"), valueFormat));
            columns.Add(new ChartColumn(context.Strings.Get("chart.interval_high"), valueFormat));
        }

        var rows = bars
            .Select(b => hasInterval ? new object?[] { b.Label, b.Value, b.Low, b.High } : new object?[] { b.Label, b.Value })
            .ToArray();
        return new ChartTable(columns, rows);
    }
}
