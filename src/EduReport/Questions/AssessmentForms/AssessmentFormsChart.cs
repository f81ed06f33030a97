using EduReport.Render.Charts;
using ScottPlot;

namespace EduReport.Questions.AssessmentForms;

/// <summary>
/// The charts of the assessment forms: fail rate and late share per form, the coursework score
/// against the exam score, and the exam pass rate by coursework quartile. Whiskers show 95% Wilson intervals.
/// </summary>
public static class AssessmentFormsChart
{
    public const string RatesName = "assessment_form_rates";
    public const string ScatterName = "coursework_exam_scatter";
    public const string QuartilesName = "pass_rate_by_quartile";

    private const string Text = "sections.assessment_forms.";

    /// <summary>Grouped bars: each form's fail rate and share of late submissions.</summary>
    public static ChartImage? RenderRates(AssessmentFormsResult result, ChartContext context)
    {
        var forms = result.Forms.Where(f => f.ScoredSubmissions > 0 || f.SubmissionsWithDeadline > 0).ToArray();
        if (forms.Length == 0)
        {
            return null;
        }

        var plot = ChartRenderer.NewPlot(context.Style);
        var series = new (string Label, int Color, double Offset, Func<FormRow, double?> Value, Func<FormRow, Interval?> Interval)[]
        {
            (context.Strings.Get(Text + "fail_rate"), 0, -0.2, f => f.FailRate, f => f.FailRateInterval),
            (context.Strings.Get(Text + "late_share"), 1, 0.2, f => f.LateShare, f => f.LateShareInterval),
        };
        foreach (var (label, color, offset, value, interval) in series)
        {
            var rows = forms.Select((f, i) => (Position: i + offset, Value: value(f), Interval: interval(f))).Where(r => r.Value is not null).ToArray();
            var bars = plot.Add.Bars(rows.Select(r => new Bar
            {
                Position = r.Position,
                Value = r.Value!.Value,
                Size = 0.36,
                FillColor = ChartRenderer.PaletteColor(context.Style, color),
                LineWidth = 0,
            }).ToArray());
            bars.LegendText = label;
            AddWhiskers(plot, rows.Select(r => (r.Position, r.Value!.Value, r.Interval)).ToArray(), context.Style);
        }

        ChartAxes.Categories(plot.Axes.Bottom, forms.Select(f => context.Strings.Get(Text + "form_names." + f.Form.ToString().ToLowerInvariant())).ToArray());
        ChartAxes.Percent(plot.Axes.Left, context.Style);
        plot.Axes.Margins(bottom: 0, top: 0.15);
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Legend.FontName = context.Style.FontFamily;
        plot.YLabel(context.Strings.Get(Text + "rates_chart_y"));
        return ChartRenderer.ToImage(RatesName, plot, context.Style);
    }

    /// <summary>A scatter plot of each enrolment's weighted coursework score against its exam score, with the pass threshold on both axes.</summary>
    public static ChartImage? RenderScatter(AssessmentFormsResult result, double passThreshold, ChartContext context)
    {
        if (result.Points.Count == 0)
        {
            return null;
        }

        var style = context.Style with { Height = 420 };
        var plot = ChartRenderer.NewPlot(style);
        var groups = new (bool Passed, int Color, string Label)[]
        {
            (true, 0, context.Strings.Get(Text + "scatter_passed")),
            (false, 1, context.Strings.Get(Text + "scatter_failed")),
        };
        foreach (var (passed, color, label) in groups)
        {
            // Points that would print on one spot are drawn once, which keeps the SVG small.
            var points = result.Points
                .Where(p => p.Passed == passed)
                .Select(p => (Coursework: Math.Round(p.Coursework * 2) / 2, Exam: Math.Round(p.Exam)))
                .Distinct()
                .ToArray();
            if (points.Length == 0)
            {
                continue;
            }

            var markers = plot.Add.Markers(
                points.Select(p => p.Coursework).ToArray(),
                points.Select(p => p.Exam).ToArray(),
                MarkerShape.FilledCircle,
                3,
                ChartRenderer.PaletteColor(style, color).WithAlpha(0.35));
            markers.LegendText = label;
        }

        var grey = Color.FromHex("#7F7F7F");
        plot.Add.VerticalLine(passThreshold, 1, grey, LinePattern.Dashed);
        plot.Add.HorizontalLine(passThreshold, 1, grey, LinePattern.Dashed);
        plot.Axes.SetLimits(0, 100, 0, 100);
        ChartAxes.Number(plot.Axes.Left, style, 0);
        ChartAxes.Number(plot.Axes.Bottom, style, 0);
        plot.ShowLegend(Alignment.LowerRight);
        plot.Legend.FontName = style.FontFamily;
        plot.XLabel(context.Strings.Get(Text + "scatter_x"));
        plot.YLabel(context.Strings.Get(Text + "scatter_y"));
        return ChartRenderer.ToImage(ScatterName, plot, style);
    }

    /// <summary>Bars of the exam pass rate in each quartile of the weighted coursework score.</summary>
    public static ChartImage? RenderQuartiles(AssessmentFormsResult result, ChartContext context)
    {
        var quartiles = result.PassRateByQuartile.Where(q => q.PassRate is not null).ToArray();
        if (quartiles.Length == 0)
        {
            return null;
        }

        var style = context.Style with { Height = 300 };
        var plot = ChartRenderer.NewPlot(style);
        var bars = plot.Add.Bars(quartiles.Select(q => new Bar
        {
            Position = q.Quartile,
            Value = q.PassRate!.Value,
            FillColor = ChartRenderer.PaletteColor(style, 0),
            LineWidth = 0,
            Label = context.Format.Percent(q.PassRate),
        }).ToArray());
        bars.ValueLabelStyle.FontName = style.FontFamily;
        bars.ValueLabelStyle.FontSize = 12;
        bars.ValueLabelStyle.OffsetX = 28;
        AddWhiskers(plot, quartiles.Select(q => ((double)q.Quartile, q.PassRate!.Value, q.PassRateInterval)).ToArray(), style);
        ChartAxes.Categories(
            plot.Axes.Bottom,
            quartiles.Select(q => string.Format(style.Culture, context.Strings.Get(Text + "quartile_tick"), q.Quartile)).ToArray(),
            quartiles.Select(q => (double)q.Quartile).ToArray());
        ChartAxes.Percent(plot.Axes.Left, style);
        plot.Axes.SetLimitsY(0, 1.1);
        plot.XLabel(context.Strings.Get(Text + "quartile_chart_x"));
        plot.YLabel(context.Strings.Get(Text + "quartile_chart_y"));
        return ChartRenderer.ToImage(QuartilesName, plot, style);
    }

    /// <summary>Draws a whisker from each interval's lower to its upper bound, when there is an interval.</summary>
    private static void AddWhiskers(Plot plot, IReadOnlyList<(double Position, double Value, Interval? Interval)> points, ChartStyle style)
    {
        var withInterval = points.Where(p => p.Interval is not null).ToArray();
        if (withInterval.Length == 0)
        {
            return;
        }

        var zeros = withInterval.Select(_ => 0.0).ToArray();
        var whiskers = new ScottPlot.Plottables.ErrorBar(
            withInterval.Select(p => p.Position).ToArray(),
            withInterval.Select(p => p.Value).ToArray(),
            zeros,
            zeros,
            withInterval.Select(p => p.Interval!.Upper - p.Value).ToArray(),
            withInterval.Select(p => p.Value - p.Interval!.Lower).ToArray())
        {
            Color = Color.FromHex(style.TextColor),
            LineWidth = 1.2f,
            CapSize = 6,
        };
        plot.Add.Plottable(whiskers);
    }
}
