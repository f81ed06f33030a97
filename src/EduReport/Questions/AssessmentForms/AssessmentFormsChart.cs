using EduReport.Render.Charts;

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
        var names = forms.Select(f => context.Strings.Get(Text + "form_names." + f.Form.ToString().ToLowerInvariant())).ToArray();
        BarSeries Series(string key, ChartTone tone, Func<FormRow, double?> value, Func<FormRow, Interval?> interval) => new(
            context.Strings.Get(Text + key),
            forms.Select((f, i) => new BarItem(names[i], value(f) ?? double.NaN, interval(f)?.Lower, interval(f)?.Upper)).ToArray(),
            tone);
        var labels = new ChartLabels(context.Strings.Get(Text + "rates_caption"), context.Strings.Get(Text + "form"), context.Strings.Get(Text + "rates_chart_y"));
        return BarChart.RenderGrouped(
            RatesName,
            names,
            [Series("fail_rate", ChartTone.Primary, f => f.FailRate, f => f.FailRateInterval), Series("late_share", ChartTone.Highlight, f => f.LateShare, f => f.LateShareInterval)],
            labels,
            "pct:1",
            context);
    }

    /// <summary>A scatter plot of each enrolment's weighted coursework score against its exam score, with the pass threshold on both axes.</summary>
    public static ChartImage? RenderScatter(AssessmentFormsResult result, double passThreshold, ChartContext context)
    {
        ScatterSeries Series(bool passed, string key, ChartTone tone) => new(
            context.Strings.Get(Text + key),
            result.Points.Where(p => p.Passed == passed).Select(p => (p.Coursework, p.Exam)).ToArray(),
            tone);
        var caption = string.Format(context.Style.Culture, context.Strings.Get(Text + "scatter_caption"), context.Format.Exact(passThreshold));
        var labels = new ChartLabels(caption, context.Strings.Get(Text + "scatter_x"), context.Strings.Get(Text + "scatter_y"));
        var axes = new ScatterAxes { X = (0, 100), Y = (0, 100), ReferenceX = passThreshold, ReferenceY = passThreshold };
        return ScatterChart.Render(
            ScatterName,
            [Series(true, "scatter_passed", ChartTone.Primary), Series(false, "scatter_failed", ChartTone.Highlight)],
            labels,
            "num:1",
            "num:1",
            context,
            axes);
    }

    /// <summary>Bars of the exam pass rate in each quartile of the weighted coursework score.</summary>
    public static ChartImage? RenderQuartiles(AssessmentFormsResult result, ChartContext context)
    {
        var bars = result.PassRateByQuartile
            .Where(q => q.PassRate is not null)
            .Select(q => new BarItem(
                string.Format(context.Style.Culture, context.Strings.Get(Text + "quartile_tick"), q.Quartile),
                q.PassRate!.Value,
                q.PassRateInterval?.Lower,
                q.PassRateInterval?.Upper))
            .ToArray();
        var labels = new ChartLabels(
            context.Strings.Get(Text + "quartiles_caption"),
            context.Strings.Get(Text + "quartile_chart_x"),
            context.Strings.Get(Text + "quartile_chart_y"));
        return BarChart.Render(QuartilesName, bars, labels, "pct:1", context);
    }
}
