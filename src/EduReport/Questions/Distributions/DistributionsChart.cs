using EduReport.Load;
using EduReport.Render.Charts;

namespace EduReport.Questions.Distributions;

/// <summary>One chart per distribution: scores by assessment type, registration lead time, submission delay and courses per student.</summary>
public static class DistributionsChart
{
    public const string ScoresName = "distributions_scores";

    public const string LeadTimeName = "distributions_lead_time";

    public const string DelayName = "distributions_delay";

    public const string CoursesPerStudentName = "distributions_courses_per_student";

    private const string Text = "sections.distributions.";

    /// <summary>Bars of the share of each type's attempts in each 10-point score bin, the types side by side.</summary>
    public static ChartImage? RenderScores(DistributionsResult result, ChartContext context)
    {
        var series = result.Scores
            .Where(s => s.Summary.Count > 0)
            .Select(s => new HistogramSeries(
                context.Strings.Get(Text + "type_" + s.AssessmentType.ToString().ToLowerInvariant()),
                s.Histogram.Bins.Select(b => new HistogramBin(b.From, b.To, b.Count)).ToArray(),
                ToneOf(s.AssessmentType)))
            .ToArray();
        var labels = Labels(context, "scores_caption", "chart_scores_x", "chart_scores_y");
        return HistogramChart.RenderShares(ScoresName, series, labels, "num:0", context);
    }

    /// <summary>A histogram of registration lead times in weeks, registrations after the start in orange.</summary>
    public static ChartImage? RenderLeadTime(DistributionsResult result, ChartContext context)
    {
        var bins = result.RegistrationLeadTime.Histogram.Bins
            .Select(b => new HistogramBin(b.From, b.To, b.Count, b.To <= 0 ? ChartTone.Highlight : ChartTone.Primary))
            .ToArray();
        var labels = Labels(context, "lead_time_caption", "chart_lead_time_x", "chart_count_registrations");
        return HistogramChart.Render(LeadTimeName, bins, labels, "num:0", context);
    }

    /// <summary>A histogram of submission delays, one bar per day around the deadline, late days in orange.</summary>
    public static ChartImage? RenderDelay(DistributionsResult result, ChartContext context)
    {
        var bins = result.SubmissionDelay.Histogram.Bins
            .Select(b => new HistogramBin(b.From, b.To, b.Count, b.From > 0 ? ChartTone.Highlight : ChartTone.Primary))
            .ToArray();
        var labels = Labels(context, "delay_caption", "chart_delay_x", "chart_count_submissions");
        return HistogramChart.Render(DelayName, bins, labels, "num:0", context, wholeValues: true);
    }

    /// <summary>Bars of students by the number of courses they took, each labelled with its count.</summary>
    public static ChartImage? RenderCoursesPerStudent(DistributionsResult result, ChartContext context)
    {
        var bars = result.CoursesPerStudent.Distribution
            .Select(row => new BarItem(context.Format.Count(row.Courses), row.Students))
            .ToArray();
        var labels = Labels(context, "courses_caption", "chart_courses_x", "chart_courses_y");
        return BarChart.Render(CoursesPerStudentName, bars, labels, "count", context);
    }

    private static ChartLabels Labels(ChartContext context, string caption, string x, string y) =>
        new(context.Strings.Get(Text + caption), context.Strings.Get(Text + x), context.Strings.Get(Text + y));

    /// <summary>Returns the colour of an assessment type: TMA dark blue, CMA mid blue, Exam orange.</summary>
    private static ChartTone ToneOf(AssessmentType type) => type switch
    {
        AssessmentType.Tma => ChartTone.Primary,
        AssessmentType.Cma => ChartTone.Secondary,
        _ => ChartTone.Highlight,
    };
}
