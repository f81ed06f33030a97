using ScottPlot;

namespace EduReport.Render.Charts;

/// <summary>How a column of a heat map of several measures is shaded.</summary>
public enum HeatMapScale
{
    /// <summary>Neither direction is better: grey, darker for higher values.</summary>
    Neutral,

    /// <summary>Blue for values above the column's mean, orange for values below it.</summary>
    HigherIsBetter,

    /// <summary>Blue for values below the column's mean, orange for values above it.</summary>
    LowerIsBetter,
}

/// <summary>A column of a heat map of several measures: its heading (a "\n" breaks it in the chart), its format and its shading.</summary>
public sealed record HeatMapColumn(string Header, string Format, HeatMapScale Scale = HeatMapScale.Neutral);

/// <summary>Heat maps: a grid of cells shaded by value, each with its value printed, such as courses against measures.</summary>
public static class HeatMapChart
{
    /// <summary>Standard scores beyond this are drawn at full colour.</summary>
    private const double MaxScore = 2.5;

    /// <summary>Cells whose colour lies beyond this standard score are dark enough to need white text.</summary>
    private const double DarkScore = 1.6;

    private const int RowHeight = 22;

    /// <summary>The height of the column headings above the grid, in pixels.</summary>
    private const int HeaderHeight = 44;

    /// <summary>
    /// Draws one measure, <paramref name="values"/>[row, column], as shaded cells on one scale, lighter
    /// for lower values, with the value printed in each cell so that no reader depends on the shade. NaN
    /// cells are left blank. Returns null when no cell has a value.
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
        CheckSize(values, rowLabels.Count, columnLabels.Count);
        var finite = values.Cast<double>().Where(double.IsFinite).ToArray();
        if (finite.Length == 0)
        {
            return null;
        }

        var style = context.Style;
        var (min, max) = (finite.Min(), finite.Max());
        var shades = new Shade[rowLabels.Count, columnLabels.Count];
        for (var row = 0; row < rowLabels.Count; row++)
        {
            for (var column = 0; column < columnLabels.Count; column++)
            {
                var position = max > min ? (values[row, column] - min) / (max - min) : 0.5;
                shades[row, column] = new Shade(ChartRenderer.Sequential(style, position), position > 0.55);
            }
        }

        var columns = columnLabels.Select(c => new HeatMapColumn(c, valueFormat)).ToArray();
        var plot = Draw(rowLabels, columns, values, shades, context, headersAbove: false);
        plot.XLabel(labels.XLabel);
        plot.YLabel(labels.YLabel);
        var height = Math.Max(style.Height, 80 + (RowHeight * rowLabels.Count));
        return ChartRenderer.ToImage(name, plot, style with { Height = height }) with { Caption = labels.Caption, Table = Table(rowLabels, columns, values, labels) };
    }

    /// <summary>
    /// Draws several measures, one per column, each cell with its value printed. A cell's shade is its
    /// standard score within its column: how many standard deviations it lies from the mean of the rows.
    /// Columns with a better direction are blue where better and orange where worse; neutral columns are
    /// grey, darker for higher values. The headings stand above the grid. Returns null when no cell has a value.
    /// </summary>
    public static ChartImage? Render(
        string name,
        IReadOnlyList<string> rowLabels,
        IReadOnlyList<HeatMapColumn> columns,
        double[,] values,
        ChartLabels labels,
        ChartContext context)
    {
        CheckSize(values, rowLabels.Count, columns.Count);
        if (!values.Cast<double>().Any(double.IsFinite))
        {
            return null;
        }

        var style = context.Style;
        var scores = StandardScores(values, columns);
        var directional = new ScottPlot.Colormaps.CustomInterpolated([
            ChartRenderer.ToneColor(style, ChartTone.Highlight), Colors.White, ChartRenderer.ToneColor(style, ChartTone.Primary)]);
        var neutral = new ScottPlot.Colormaps.CustomInterpolated([Colors.White, Colors.White, Color.FromHex("#8C8C8C")]);
        var shades = new Shade[rowLabels.Count, columns.Count];
        for (var row = 0; row < rowLabels.Count; row++)
        {
            for (var column = 0; column < columns.Count; column++)
            {
                var score = scores[row, column];
                var position = (score + MaxScore) / (2 * MaxScore);
                var isDirectional = columns[column].Scale != HeatMapScale.Neutral;
                shades[row, column] = double.IsNaN(score)
                    ? new Shade(Colors.White, false)
                    : new Shade(
                        isDirectional ? directional.GetColor(position) : neutral.GetColor(position),
                        isDirectional ? Math.Abs(score) > DarkScore : score > DarkScore);
            }
        }

        var plot = Draw(rowLabels, columns, values, shades, context, headersAbove: true);
        var height = HeaderHeight + 40 + (RowHeight * rowLabels.Count);
        return ChartRenderer.ToImage(name, plot, style with { Height = height }) with { Caption = labels.Caption, Table = Table(rowLabels, columns, values, labels) };
    }

    private static void CheckSize(double[,] values, int rows, int columns)
    {
        if (values.GetLength(0) != rows || values.GetLength(1) != columns)
        {
            throw new ArgumentException($"The heat map has {values.GetLength(0)}×{values.GetLength(1)} values but {rows}×{columns} labels.", nameof(values));
        }
    }

    /// <summary>Draws the grid: row <c>r</c> spans y from rows − r − 1 to rows − r, column <c>c</c> spans x from c to c + 1.</summary>
    private static Plot Draw(IReadOnlyList<string> rowLabels, IReadOnlyList<HeatMapColumn> columns, double[,] values, Shade[,] shades, ChartContext context, bool headersAbove)
    {
        var style = context.Style;
        var plot = ChartRenderer.NewPlot(style);
        var rowCount = rowLabels.Count;
        var textColour = Color.FromHex(style.TextColor);
        for (var row = 0; row < rowCount; row++)
        {
            var top = rowCount - row;
            for (var column = 0; column < columns.Count; column++)
            {
                var value = values[row, column];
                var cell = plot.Add.Rectangle(column, column + 1, top - 1, top);
                cell.FillColor = double.IsFinite(value) ? shades[row, column].Fill : Colors.White;
                cell.LineColor = Colors.White;
                cell.LineWidth = 1;
                var text = plot.Add.Text(context.Format.Format(double.IsFinite(value) ? value : null, columns[column].Format), column + 0.5, top - 0.5);
                text.Alignment = Alignment.MiddleCenter;
                text.LabelFontName = style.FontFamily;
                text.LabelFontSize = 11;
                text.LabelFontColor = double.IsFinite(value) && shades[row, column].DarkText ? Colors.White : textColour;
            }
        }

        ChartParts.Categories(plot, plot.Axes.Left, Enumerable.Range(0, rowCount).Select(r => rowCount - r - 0.5).ToArray(), rowLabels);
        plot.Grid.IsVisible = false;
        if (headersAbove)
        {
            // Headings are text above the grid, because ScottPlot draws no tick labels on the top axis by default.
            for (var column = 0; column < columns.Count; column++)
            {
                var title = plot.Add.Text(columns[column].Header, column + 0.5, rowCount + 0.15);
                title.Alignment = Alignment.LowerCenter;
                title.LabelFontName = style.FontFamily;
                title.LabelFontSize = 11;
                title.LabelBold = true;
                title.LabelFontColor = textColour;
            }

            plot.Axes.Bottom.SetTicks([], []);
            plot.Axes.Frame(false);
            plot.Axes.SetLimits(0, columns.Count, 0, rowCount + (HeaderHeight / (double)RowHeight));
        }
        else
        {
            ChartParts.Categories(plot, plot.Axes.Bottom, Enumerable.Range(0, columns.Count).Select(c => c + 0.5).ToArray(), columns.Select(c => c.Header).ToArray());
            plot.Axes.SetLimits(0, columns.Count, 0, rowCount);
        }

        return plot;
    }

    /// <summary>
    /// Returns each cell's standard score within its column, clipped to ±<see cref="MaxScore"/> and signed so
    /// that a positive score is better in directional columns. Missing cells get NaN, and columns without spread 0.
    /// </summary>
    private static double[,] StandardScores(double[,] values, IReadOnlyList<HeatMapColumn> columns)
    {
        var (rowCount, columnCount) = (values.GetLength(0), values.GetLength(1));
        var scores = new double[rowCount, columnCount];
        for (var c = 0; c < columnCount; c++)
        {
            var present = Enumerable.Range(0, rowCount).Select(r => values[r, c]).Where(double.IsFinite).ToArray();
            var mean = present.Length > 0 ? present.Average() : 0;
            var spread = present.Length > 1 ? Math.Sqrt(present.Sum(v => (v - mean) * (v - mean)) / (present.Length - 1)) : 0;
            var sign = columns[c].Scale == HeatMapScale.LowerIsBetter ? -1 : 1;
            for (var r = 0; r < rowCount; r++)
            {
                var value = values[r, c];
                scores[r, c] = !double.IsFinite(value) ? double.NaN
                    : spread == 0 ? 0
                    : Math.Clamp(sign * (value - mean) / spread, -MaxScore, MaxScore);
            }
        }

        return scores;
    }

    private static ChartTable Table(IReadOnlyList<string> rowLabels, IReadOnlyList<HeatMapColumn> columns, double[,] values, ChartLabels labels)
    {
        var header = columns.Select(c => new ChartColumn(c.Header.Replace('\n', ' '), c.Format)).Prepend(new ChartColumn(labels.YLabel)).ToArray();
        var rows = Enumerable.Range(0, rowLabels.Count)
            .Select(r => (IReadOnlyList<object?>)[rowLabels[r], .. Enumerable.Range(0, columns.Count).Select(c => double.IsFinite(values[r, c]) ? (object?)values[r, c] : null)])
            .ToArray();
        return new ChartTable(header, rows);
    }

    /// <summary>A cell's fill, and whether it is dark enough to need white text.</summary>
    private readonly record struct Shade(Color Fill, bool DarkText);
}
