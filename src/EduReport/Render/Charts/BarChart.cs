using ScottPlot;

namespace EduReport.Render.Charts;

/// <summary>One bar: a category, its value and, when known, the interval around the value.</summary>
/// <param name="Label">The category, printed under the bar (or beside it in a horizontal chart).</param>
/// <param name="Value">The bar's length; NaN draws no bar and prints a dash in the data table.</param>
/// <param name="Low">The lower end of the interval, such as a 95% confidence interval; null draws no whisker.</param>
/// <param name="Tone">The bar's colour role, such as <see cref="ChartTone.Highlight"/> to point at it.</param>
public sealed record BarItem(string Label, double Value, double? Low = null, double? High = null, ChartTone Tone = ChartTone.Primary);

/// <summary>One series of a grouped bar chart: a bar for each category, in the categories' order.</summary>
public sealed record BarSeries(string Label, IReadOnlyList<BarItem> Bars, ChartTone Tone);

/// <summary>Bar charts with optional interval whiskers and value labels: vertical, horizontal or grouped.</summary>
public static class BarChart
{
    /// <summary>The height of one horizontal bar's row, in pixels.</summary>
    private const int RowHeight = 28;

    /// <summary>The base of the bars on a logarithmic axis, log10(0.5): a count of 1 still has a visible length.</summary>
    private const double LogBase = -0.30103;

    /// <summary>
    /// Draws <paramref name="bars"/> in order, each labelled with its value; a horizontal chart puts the
    /// first bar at the top. <paramref name="valueFormat"/> (a <see cref="ValueFormat"/> name such as
    /// "count" or "pct:1") formats the value axis, the labels and the data table. A logarithmic axis suits
    /// counts from 1 to many thousands; it draws no whiskers. Returns null when there is no bar.
    /// </summary>
    public static ChartImage? Render(
        string name,
        IReadOnlyList<BarItem> bars,
        ChartLabels labels,
        string valueFormat,
        ChartContext context,
        bool horizontal = false,
        bool logarithmic = false)
    {
        if (bars.Count == 0 || bars.All(b => !double.IsFinite(b.Value)))
        {
            return null;
        }

        var style = horizontal ? context.Style with { Height = Math.Max(160, 70 + (RowHeight * bars.Count)) } : context.Style;
        var plot = ChartRenderer.NewPlot(style);
        var positions = Enumerable.Range(0, bars.Count).Select(i => horizontal ? bars.Count - 1 - i : (double)i).ToArray();
        var drawn = Enumerable.Range(0, bars.Count).Where(i => double.IsFinite(bars[i].Value)).ToArray();
        double Scaled(double value) => logarithmic ? Math.Log10(Math.Max(value, 0.5)) : value;
        var start = logarithmic ? LogBase : Math.Min(0, drawn.Min(i => bars[i].Low ?? bars[i].Value));
        plot.Add.Bars(drawn.Select(i => new Bar
        {
            Position = positions[i],
            Value = Scaled(bars[i].Value),
            ValueBase = start,
            Size = 0.7,
            FillColor = ChartRenderer.ToneColor(style, bars[i].Tone),
            LineWidth = 0,
            Orientation = horizontal ? Orientation.Horizontal : Orientation.Vertical,
        }).ToArray());
        if (!logarithmic)
        {
            ChartParts.Whiskers(plot, drawn.Select(i => (positions[i], bars[i].Value, bars[i].Low, bars[i].High)).ToArray(), style, horizontal);
        }

        // Each bar is labelled with its value just past the bar or its whisker.
        var ends = bars.Select(b => Scaled(logarithmic ? b.Value : Math.Max(b.Value, b.High ?? b.Value))).ToArray();
        var texts = bars.Select(b => context.Format.Format(b.Value, valueFormat)).ToArray();
        var maxEnd = drawn.Max(i => ends[i]);
        var longest = drawn.Max(i => texts[i].Length);
        var dataPixels = horizontal ? style.Width * 0.62 : style.Height * 0.7;
        var end = ChartParts.AxisEndWithLabels(start, maxEnd, horizontal ? longest : 2, dataPixels);
        var gap = (end - start) * 0.012;
        foreach (var i in drawn)
        {
            if (horizontal)
            {
                ChartParts.Label(plot, texts[i], ends[i] + gap, positions[i], Alignment.MiddleLeft, style);
            }
            else
            {
                ChartParts.Label(plot, texts[i], positions[i], ends[i] + gap, Alignment.LowerCenter, style);
            }
        }

        var categoryAxis = horizontal ? (IAxis)plot.Axes.Left : plot.Axes.Bottom;
        var valueAxis = horizontal ? (IAxis)plot.Axes.Bottom : plot.Axes.Left;
        ChartParts.Categories(plot, categoryAxis, positions, bars.Select(b => b.Label).ToArray());
        if (logarithmic)
        {
            var powers = Enumerable.Range(0, (int)Math.Floor(end) + 1).ToArray();
            valueAxis.SetTicks(powers.Select(p => (double)p).ToArray(), powers.Select(p => context.Format.Count(Math.Pow(10, p))).ToArray());
        }
        else
        {
            ChartRenderer.FormatTicks(valueAxis, valueFormat, context);
        }

        if (horizontal)
        {
            plot.Axes.SetLimits(start, end, -0.6, bars.Count - 0.4);
            plot.XLabel(labels.YLabel);
        }
        else
        {
            plot.Axes.SetLimits(-0.6, bars.Count - 0.4, start, end);
            plot.XLabel(labels.XLabel);
            plot.YLabel(labels.YLabel);
        }

        return ChartRenderer.ToImage(name, plot, style) with { Caption = labels.Caption, Table = Table(bars, labels, valueFormat, context) };
    }

    /// <summary>
    /// Draws vertical bars in groups, one group per category and one bar per series in each group, with
    /// a legend of the series. Each series has a bar for every category; a NaN value leaves a gap. Returns
    /// null when no bar has a value.
    /// </summary>
    public static ChartImage? RenderGrouped(
        string name,
        IReadOnlyList<string> categories,
        IReadOnlyList<BarSeries> series,
        ChartLabels labels,
        string valueFormat,
        ChartContext context)
    {
        if (series.Any(s => s.Bars.Count != categories.Count))
        {
            throw new ArgumentException("Every series needs one bar for each category.", nameof(series));
        }

        if (categories.Count == 0 || series.All(s => s.Bars.All(b => !double.IsFinite(b.Value))))
        {
            return null;
        }

        var style = context.Style;
        var plot = ChartRenderer.NewPlot(style);
        var slot = 0.8 / series.Count;
        var maxEnd = 0.0;
        for (var s = 0; s < series.Count; s++)
        {
            var bars = series[s].Bars;
            var drawn = Enumerable.Range(0, bars.Count).Where(i => double.IsFinite(bars[i].Value)).ToArray();
            var offset = -0.4 + (slot * (s + 0.5));
            var plotted = plot.Add.Bars(drawn.Select(i => new Bar
            {
                Position = i + offset,
                Value = bars[i].Value,
                Size = slot * 0.9,
                FillColor = ChartRenderer.ToneColor(style, series[s].Tone),
                LineWidth = 0,
            }).ToArray());
            plotted.LegendText = series[s].Label;
            ChartParts.Whiskers(plot, drawn.Select(i => (i + offset, bars[i].Value, bars[i].Low, bars[i].High)).ToArray(), style, horizontal: false);
            foreach (var i in drawn)
            {
                var top = Math.Max(bars[i].Value, bars[i].High ?? bars[i].Value);
                maxEnd = Math.Max(maxEnd, top);
            }
        }

        var end = maxEnd * 1.25;
        for (var s = 0; s < series.Count; s++)
        {
            var offset = -0.4 + (slot * (s + 0.5));
            foreach (var (bar, i) in series[s].Bars.Select((b, i) => (b, i)).Where(x => double.IsFinite(x.b.Value)))
            {
                var top = Math.Max(bar.Value, bar.High ?? bar.Value);
                ChartParts.Label(plot, context.Format.Format(bar.Value, valueFormat), i + offset, top + (end * 0.012), Alignment.LowerCenter, style, 11);
            }
        }

        ChartParts.Categories(plot, plot.Axes.Bottom, Enumerable.Range(0, categories.Count).Select(i => (double)i).ToArray(), categories);
        ChartRenderer.FormatTicks(plot.Axes.Left, valueFormat, context);
        plot.Axes.SetLimits(-0.6, categories.Count - 0.4, 0, end);
        plot.XLabel(labels.XLabel);
        plot.YLabel(labels.YLabel);
        ChartParts.Legend(plot, style, Alignment.UpperLeft);
        return ChartRenderer.ToImage(name, plot, style) with { Caption = labels.Caption, Table = GroupedTable(categories, series, labels, valueFormat, context) };
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
            .Select(b => hasInterval ? new object?[] { b.Label, Finite(b.Value), b.Low, b.High } : new object?[] { b.Label, Finite(b.Value) })
            .ToArray();
        return new ChartTable(columns, rows);
    }

    private static ChartTable GroupedTable(IReadOnlyList<string> categories, IReadOnlyList<BarSeries> series, ChartLabels labels, string valueFormat, ChartContext context)
    {
        List<ChartColumn> columns = [new(labels.XLabel)];
        var withInterval = series.Select(s => s.Bars.Any(b => b.Low is not null)).ToArray();
        for (var s = 0; s < series.Count; s++)
        {
            columns.Add(new ChartColumn(series[s].Label, valueFormat));
            if (withInterval[s])
            {
                columns.Add(new ChartColumn(string.Format(context.Style.Culture, context.Strings.Get("chart.series_interval_low"), series[s].Label), valueFormat));
                columns.Add(new ChartColumn(string.Format(context.Style.Culture, context.Strings.Get("chart.series_interval_high"), series[s].Label), valueFormat));
            }
        }

        var rows = categories.Select((category, i) =>
        {
            List<object?> row = [category];
            for (var s = 0; s < series.Count; s++)
            {
                var bar = series[s].Bars[i];
                row.Add(Finite(bar.Value));
                if (withInterval[s])
                {
                    row.Add(bar.Low);
                    row.Add(bar.High);
                }
            }

            return (IReadOnlyList<object?>)row;
        }).ToArray();
        return new ChartTable(columns, rows);
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
