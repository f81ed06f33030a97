using EduReport.Facts;
using EduReport.Render.Charts;

namespace EduReport.Questions.CourseComparison;

/// <summary>
/// The course comparison as a heat map: one row per course, one column per measure, each cell showing
/// its value and shaded by its standard score within the column. Churn, completion, scores and late
/// share have a better direction; the count and day columns have none.
/// </summary>
public static class CourseComparisonChart
{
    public const string Name = "course_comparison";

    private const string Text = "sections.course_comparison.";

    public static ChartImage? Render(CourseComparisonResult result, ChartContext context)
    {
        var rows = result.Courses;
        if (rows.Count == 0)
        {
            return null;
        }

        var measures = Measures(context);
        var values = new double[rows.Count, measures.Length];
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < measures.Length; c++)
            {
                values[r, c] = measures[c].Value(rows[r]) ?? double.NaN;
            }
        }

        var labels = new ChartLabels(
            context.Strings.Get(Text + "caption"),
            string.Empty,
            context.Strings.Get(Text + (result.Unit == CourseScope.Module ? "module" : "course")));
        return HeatMapChart.Render(
            Name,
            rows.Select(row => row.Presentation is null ? row.Module : $"{row.Module} {row.Presentation}").ToArray(),
            measures.Select(m => m.Column).ToArray(),
            values,
            labels,
            context);
    }

    private static Measure[] Measures(ChartContext context)
    {
        string Title(string key) => context.Strings.Get(Text + "heat_" + key);
        return
        [
            new(new(Title("registrations"), "count"), r => r.Registrations),
            new(new(Title("churn"), "pct:1", HeatMapScale.LowerIsBetter), r => r.ChurnRate),
            new(new(Title("attempts"), "count"), r => r.ExamAttempts),
            new(new(Title("completion"), "pct:1", HeatMapScale.HigherIsBetter), r => r.CompletionRate),
            new(new(Title("exam_score"), "num:1", HeatMapScale.HigherIsBetter), r => r.MeanExamScore),
            new(new(Title("pass_day"), "num:0"), r => r.MeanPassDay),
            new(new(Title("coursework_score"), "num:1", HeatMapScale.HigherIsBetter), r => r.MeanCourseworkScore),
            new(new(Title("late"), "pct:1", HeatMapScale.LowerIsBetter), r => r.LateShare),
        ];
    }

    /// <summary>One column of the heat map and the row value it shows.</summary>
    private sealed record Measure(HeatMapColumn Column, Func<CourseComparisonRow, double?> Value);
}
