using ScottPlot;

namespace EduReport.Render.Charts;

/// <summary>The pieces the chart helpers share: category axes, value labels, interval whiskers and legends.</summary>
internal static class ChartParts
{
    /// <summary>The approximate width of one character of a 12-pixel label, in pixels, to leave room for value labels.</summary>
    public const double LabelCharacterWidth = 7.2;

    /// <summary>Labels an axis with one tick per category, without tick marks, and hides the grid lines across it.</summary>
    public static void Categories(Plot plot, IAxis axis, IReadOnlyList<double> positions, IReadOnlyList<string> labels)
    {
        axis.SetTicks([.. positions], [.. labels]);
        axis.MajorTickStyle.Length = 0;
        if (axis.Edge is Edge.Left or Edge.Right)
        {
            plot.Grid.YAxisStyle.IsVisible = false;
        }
        else
        {
            plot.Grid.XAxisStyle.IsVisible = false;
        }
    }

    /// <summary>Writes <paramref name="text"/> at (<paramref name="x"/>, <paramref name="y"/>) in the report font.</summary>
    public static void Label(Plot plot, string text, double x, double y, Alignment alignment, ChartStyle style, float size = 12)
    {
        var label = plot.Add.Text(text, x, y);
        label.Alignment = alignment;
        label.LabelFontName = style.FontFamily;
        label.LabelFontSize = size;
        label.LabelFontColor = Color.FromHex(style.TextColor);
    }

    /// <summary>Draws a whisker from <c>Low</c> to <c>High</c> at each position; items without an interval get none.</summary>
    public static void Whiskers(Plot plot, IReadOnlyList<(double Position, double Value, double? Low, double? High)> items, ChartStyle style, bool horizontal)
    {
        var withInterval = items.Where(i => i.Low is not null && i.High is not null && double.IsFinite(i.Value)).ToArray();
        if (withInterval.Length == 0)
        {
            return;
        }

        var at = withInterval.Select(i => i.Position).ToArray();
        var values = withInterval.Select(i => i.Value).ToArray();
        var above = withInterval.Select(i => i.High!.Value - i.Value).ToArray();
        var below = withInterval.Select(i => i.Value - i.Low!.Value).ToArray();
        var whiskers = horizontal
            ? new ScottPlot.Plottables.ErrorBar(values, at, above, below, null, null)
            : new ScottPlot.Plottables.ErrorBar(at, values, null, null, above, below);
        whiskers.Color = Color.FromHex(style.TextColor);
        whiskers.LineWidth = 1.5f;
        whiskers.CapSize = 6;
        plot.Add.Plottable(whiskers);
    }

    /// <summary>Shows the legend in the report font, inside the data area at <paramref name="alignment"/>.</summary>
    public static void Legend(Plot plot, ChartStyle style, Alignment alignment)
    {
        plot.Legend.FontName = style.FontFamily;
        plot.Legend.FontSize = 12;
        plot.ShowLegend(alignment);
    }

    /// <summary>
    /// Returns the end of a value axis that leaves room after <paramref name="maxEnd"/> for a value label of
    /// <paramref name="labelCharacters"/> characters, in a data area about <paramref name="dataPixels"/> wide.
    /// </summary>
    public static double AxisEndWithLabels(double start, double maxEnd, int labelCharacters, double dataPixels)
    {
        var span = Math.Max(maxEnd - start, 1e-9);
        var labelShare = Math.Min(0.45, ((labelCharacters * LabelCharacterWidth) + 12) / dataPixels);
        return start + (span / (1 - labelShare));
    }
}
