using EduReport.Load;
using EduReport.Render.Charts;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace EduReport.Questions.Distributions;

/// <summary>One chart per distribution: scores by assessment type, registration lead time, submission delay and courses per student.</summary>
public static class DistributionsChart
{
    public const string ScoresName = "distributions_scores";

    public const string LeadTimeName = "distributions_lead_time";

    public const string DelayName = "distributions_delay";

    public const string CoursesPerStudentName = "distributions_courses_per_student";

    /// <summary>Bars of the share of each type's attempts in each 10-point score bin, the types side by side.</summary>
    public static ChartImage? RenderScores(DistributionsResult result, ChartContext context)
    {
        var types = result.Scores.Where(s => s.Summary.Count > 0).ToArray();
        if (types.Length == 0)
        {
            return null;
        }

        var plot = ChartRenderer.NewPlot(context.Style);
        var slot = DistributionsAnalysis.ScoreBinWidth / (types.Length + 1.0);
        for (var t = 0; t < types.Length; t++)
        {
            var distribution = types[t];
            var total = (double)distribution.Summary.Count;
            var bars = distribution.Histogram.Bins
                .Select(bin => new Bar
                {
                    Position = bin.From + (slot * (t + 1)),
                    Value = bin.Count / total,
                    Size = slot * 0.95,
                    FillColor = ChartRenderer.PaletteColor(context.Style, TypeColour(distribution.AssessmentType)),
                    LineWidth = 0,
                })
                .ToArray();
            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = context.Strings.Get("sections.distributions.type_" + distribution.AssessmentType.ToString().ToLowerInvariant());
        }

        plot.Axes.Bottom.SetTicks(
            Enumerable.Range(0, 11).Select(i => i * 10.0).ToArray(),
            Enumerable.Range(0, 11).Select(i => context.Format.Count(i * 10)).ToArray());
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = v => context.Format.Percent(v, 0) };
        plot.Axes.Margins(bottom: 0, top: 0.08);
        plot.XLabel(context.Strings.Get("sections.distributions.chart_scores_x"));
        plot.YLabel(context.Strings.Get("sections.distributions.chart_scores_y"));
        plot.Legend.FontName = context.Style.FontFamily;
        plot.ShowLegend(Alignment.UpperLeft);
        return ChartRenderer.ToImage(ScoresName, plot, context.Style);
    }

    /// <summary>A histogram of registration lead times in weeks, registrations after the start in orange.</summary>
    public static ChartImage? RenderLeadTime(DistributionsResult result, ChartContext context)
    {
        var histogram = result.RegistrationLeadTime.Histogram;
        if (histogram.Bins.Count == 0)
        {
            return null;
        }

        var plot = BarCharts.Histogram(
            context,
            histogram.Bins.Select(b => (b.From, b.To)).ToArray(),
            histogram.Bins.Select(b => (double)b.Count).ToArray(),
            i => histogram.Bins[i].To <= 0 ? 1 : 0,
            context.Strings.Get("sections.distributions.chart_lead_time_x"),
            context.Strings.Get("sections.distributions.chart_count_registrations"));
        return ChartRenderer.ToImage(LeadTimeName, plot, context.Style);
    }

    /// <summary>A histogram of submission delays in days around the deadline, late days in orange.</summary>
    public static ChartImage? RenderDelay(DistributionsResult result, ChartContext context)
    {
        var histogram = result.SubmissionDelay.Histogram;
        if (histogram.Bins.Count == 0)
        {
            return null;
        }

        var plot = BarCharts.Histogram(
            context,
            histogram.Bins.Select(b => (b.From - 0.5, b.To - 0.5)).ToArray(),
            histogram.Bins.Select(b => (double)b.Count).ToArray(),
            i => histogram.Bins[i].From > 0 ? 1 : 0,
            context.Strings.Get("sections.distributions.chart_delay_x"),
            context.Strings.Get("sections.distributions.chart_count_submissions"));
        return ChartRenderer.ToImage(DelayName, plot, context.Style);
    }

    /// <summary>Bars of students by the number of courses they took, each labelled with its count.</summary>
    public static ChartImage? RenderCoursesPerStudent(DistributionsResult result, ChartContext context)
    {
        var rows = result.CoursesPerStudent.Distribution;
        if (rows.Count == 0)
        {
            return null;
        }

        var plot = ChartRenderer.NewPlot(context.Style);
        var bars = rows
            .Select(row => new Bar
            {
                Position = row.Courses,
                Value = row.Students,
                FillColor = ChartRenderer.PaletteColor(context.Style, 0),
                LineWidth = 0,
                Label = context.Format.Count(row.Students),
            })
            .ToArray();
        var plottable = plot.Add.Bars(bars);
        plottable.ValueLabelStyle.FontName = context.Style.FontFamily;
        plottable.ValueLabelStyle.FontSize = 12;
        plot.Axes.Bottom.SetTicks(
            rows.Select(r => (double)r.Courses).ToArray(),
            rows.Select(r => context.Format.Count(r.Courses)).ToArray());
        plot.Axes.Margins(bottom: 0, top: 0.15);
        plot.XLabel(context.Strings.Get("sections.distributions.chart_courses_x"));
        plot.YLabel(context.Strings.Get("sections.distributions.chart_courses_y"));
        return ChartRenderer.ToImage(CoursesPerStudentName, plot, context.Style);
    }

    /// <summary>Returns the palette colour of an assessment type: TMA dark blue, CMA light blue, Exam orange.</summary>
    private static int TypeColour(AssessmentType type) => type switch
    {
        AssessmentType.Tma => 0,
        AssessmentType.Cma => 2,
        _ => 1,
    };
}
