using ScottPlot;

namespace EduReport.Render.Charts;

/// <summary>Heat maps: a grid of cells shaded by value, each with its value printed, such as courses against measures.</summary>
public static class HeatMapChart
{
    /// <summary>
    /// Draws <paramref name="values"/>[row, column] as shaded cells, lighter for lower values, with the
    /// value printed in each cell so that no reader depends on the shade. NaN cells are left blank.
    /// Returns null when no cell has a value.
    /// </summary>
    public static ChartImage? Render(
        string name,
        IReadOnlyList<string> rowLabels,
        IReadOnlyList<string> columnLabels,
        double[,] values,
        ChartLabels labels,
        string valueFormat,
        ChartContext context)
    {
        var (rowCount, columnCount) = (values.GetLength(0), values.GetLength(1));
        if (rowCount != rowLabels.Count || columnCount != columnLabels.Count)
        {
            throw new ArgumentException($"The heat map has {rowCount}×{columnCount} values but {rowLabels.Count}×{columnLabels.Count} labels.", nameof(values));
        }

        var finite = values.Cast<double>().Where(double.IsFinite).ToArray();
        if (finite.Length == 0)
        {
            return null;
        }

        var style = context.Style;
        var plot = ChartRenderer.NewPlot(style);
        var (min, max) = (finite.Min(), finite.Max());
        for (var row = 0; row < rowCount; row++)
        {
            for (var column = 0; column < columnCount; column++)
            {
                var value = values[row, column];
                if (!double.IsFinite(value))
                {
                    continue;
                }

                var share = max > min ? (value - min) / (max - min) : 0.5;
                var y = rowCount - 1 - row;
                var cell = plot.Add.Rectangle(column - 0.5, column + 0.5, y - 0.5, y + 0.5);
                cell.FillColor = ChartRenderer.Sequential(style, share);
                cell.LineColor = Colors.White;
                cell.LineWidth = 1;
                var text = plot.Add.Text(context.Format.Format(value, valueFormat), column, y);
                text.LabelFontName = style.FontFamily;
                text.LabelFontSize = 11;
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontColor = share > 0.55 ? Colors.White : Color.FromHex(style.TextColor);
            }
        }

        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, columnCount).Select(i => (double)i).ToArray(), [.. columnLabels]);
        plot.Axes.Left.SetTicks(Enumerable.Range(0, rowCount).Select(i => (double)(rowCount - 1 - i)).ToArray(), [.. rowLabels]);
        plot.Axes.SetLimits(-0.5, columnCount - 0.5, -0.5, rowCount - 0.5);
        plot.Grid.IsVisible = false;
        plot.XLabel(labels.XLabel);
        plot.YLabel(labels.YLabel);

        var height = Math.Max(style.Height, 80 + (26 * rowCount));
        var columns = columnLabels.Select(c => new ChartColumn(c, valueFormat)).Prepend(new ChartColumn(labels.YLabel)).ToArray();
        var rows = Enumerable.Range(0, rowCount)
            .Select(r => (IReadOnlyList<object?>)[rowLabels[r], .. Enumerable.Range(0, columnCount).Select(c => double.IsFinite(values[r, c]) ? (object?)values[r, c] : null)])
            .ToArray();
        return ChartRenderer.ToImage(name, plot, style with { Height = height }) with { Caption = labels.Caption, Table = new ChartTable(columns, rows) };
    }
}
