using EduReport.Render.Charts;
using ScottPlot;

namespace EduReport.Questions.CourseComparison;

/// <summary>
/// The course comparison table as a heat map: one row per course, one column per metric, each cell
/// showing its value. A cell's colour is its standard score within the column (how many standard
/// deviations it lies from the mean of the courses). Churn, completion, scores and late share have a
/// better direction, so their cells are blue when better and orange when worse. The count and day
/// columns have none, so their cells are grey, darker for higher values.
/// </summary>
public static class CourseComparisonChart
{
    public const string Name = "course_comparison";

    /// <summary>Standard scores beyond this are drawn at full colour.</summary>
    private const double MaxScore = 2.5;

    /// <summary>Cells whose colour lies beyond this standard score are dark enough to need white text.</summary>
    private const double DarkScore = 1.6;

    private const int RowHeight = 20;

    /// <summary>The height of the column titles above the grid, in pixels.</summary>
    private const int HeaderHeight = 40;

    public static ChartImage? Render(CourseComparisonResult result, ChartContext context)
    {
        var rows = result.Courses;
        if (rows.Count == 0)
        {
            return null;
        }

        var columns = Columns(context);
        var values = new double[rows.Count, columns.Length];
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                values[r, c] = columns[c].Value(rows[r]) ?? double.NaN;
            }
        }

        var scores = StandardScores(values, columns);
        var style = context.Style with { Height = HeaderHeight + 40 + (RowHeight * rows.Count) };
        var plot = ChartRenderer.NewPlot(style);
        var directional = new ScottPlot.Colormaps.CustomInterpolated([
            ChartRenderer.PaletteColor(style, 1), Colors.White, ChartRenderer.PaletteColor(style, 0)]);
        var neutral = new ScottPlot.Colormaps.CustomInterpolated([Colors.White, Colors.White, Color.FromHex("#8C8C8C")]);
        var textColour = Color.FromHex(style.TextColor);
        for (var r = 0; r < rows.Count; r++)
        {
            var top = rows.Count - r;
            for (var c = 0; c < columns.Length; c++)
            {
                var score = scores[r, c];
                var cell = plot.Add.Rectangle(c, c + 1, top - 1, top);
                var position = (score + MaxScore) / (2 * MaxScore);
                cell.FillColor = double.IsNaN(score) ? Colors.White
                    : columns[c].Better != 0 ? directional.GetColor(position)
                    : neutral.GetColor(position);
                cell.LineColor = Colors.White;
                cell.LineWidth = 1;

                var text = plot.Add.Text(columns[c].Format(values[r, c]), c + 0.5, top - 0.5);
                text.Alignment = Alignment.MiddleCenter;
                text.LabelFontName = style.FontFamily;
                text.LabelFontSize = 11;
                var dark = columns[c].Better != 0 ? Math.Abs(score) > DarkScore : score > DarkScore;
                text.LabelFontColor = dark ? Colors.White : textColour;
            }
        }

        // Column titles are text above the grid, because ScottPlot draws no tick labels on the top axis by default.
        for (var c = 0; c < columns.Length; c++)
        {
            var title = plot.Add.Text(columns[c].Title, c + 0.5, rows.Count + 0.15);
            title.Alignment = Alignment.LowerCenter;
            title.LabelFontName = style.FontFamily;
            title.LabelFontSize = 11;
            title.LabelBold = true;
            title.LabelFontColor = textColour;
        }

        plot.Axes.Left.SetTicks(
            Enumerable.Range(0, rows.Count).Select(r => rows.Count - r - 0.5).ToArray(),
            rows.Select(row => row.Presentation is null ? row.Module : $"{row.Module} {row.Presentation}").ToArray());
        plot.Axes.Bottom.SetTicks([], []);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Frame(false);
        plot.Axes.SetLimits(0, columns.Length, 0, rows.Count + (HeaderHeight / (double)RowHeight));
        plot.Grid.IsVisible = false;
        return ChartRenderer.ToImage(Name, plot, style);
    }

    /// <summary>
    /// Returns each cell's standard score within its column, clipped to ±<see cref="MaxScore"/> and signed so
    /// that a positive score is better in directional columns. Missing cells and columns without spread get NaN or 0.
    /// </summary>
    private static double[,] StandardScores(double[,] values, Column[] columns)
    {
        var (rowCount, columnCount) = (values.GetLength(0), values.GetLength(1));
        var scores = new double[rowCount, columnCount];
        for (var c = 0; c < columnCount; c++)
        {
            var present = Enumerable.Range(0, rowCount).Select(r => values[r, c]).Where(double.IsFinite).ToArray();
            var mean = present.Length > 0 ? present.Average() : 0;
            var spread = present.Length > 1 ? Math.Sqrt(present.Sum(v => (v - mean) * (v - mean)) / (present.Length - 1)) : 0;
            var sign = columns[c].Better == 0 ? 1 : columns[c].Better;
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

    private static Column[] Columns(ChartContext context)
    {
        string Title(string key) => context.Strings.Get("sections.course_comparison.heat_" + key);
        var format = context.Format;
        return
        [
            new(Title("registrations"), r => r.Registrations, v => format.Count(Finite(v)), 0),
            new(Title("churn"), r => r.ChurnRate, v => format.Percent(Finite(v), 1), -1),
            new(Title("attempts"), r => r.ExamAttempts, v => format.Count(Finite(v)), 0),
            new(Title("completion"), r => r.CompletionRate, v => format.Percent(Finite(v), 1), 1),
            new(Title("exam_score"), r => r.MeanExamScore, v => format.Number(Finite(v), 1), 1),
            new(Title("pass_day"), r => r.MeanPassDay, v => format.Number(Finite(v), 0), 0),
            new(Title("coursework_score"), r => r.MeanCourseworkScore, v => format.Number(Finite(v), 1), 1),
            new(Title("late"), r => r.LateShare, v => format.Percent(Finite(v), 1), -1),
        ];
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    /// <summary>One column of the heat map.</summary>
    /// <param name="Better">+1 when higher is better, −1 when lower is better, 0 when neither.</param>
    private sealed record Column(string Title, Func<CourseComparisonRow, double?> Value, Func<double, string> Format, int Better);
}
