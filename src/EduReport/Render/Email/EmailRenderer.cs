using EduReport.Analyse;
using EduReport.Render.Charts;
using PreMailer.Net;
using Scriban.Runtime;

namespace EduReport.Render.Email;

/// <summary>
/// Renders the e-mail that carries the report: a short summary from templates/email, written for mail
/// clients. Clients drop style sheets, so the CSS of email/email.css is moved into style attributes.
/// Many clients block SVG and data URIs, so charts are PNG images that the HTML references by
/// Content-ID. A section appears in the e-mail when email/sections/NAME.sbn-html exists.
/// </summary>
public static class EmailRenderer
{
    public const string MainTemplate = "email/email";
    public const string StyleSheet = "email/email.css";
    public const string SectionFolder = "email/sections/";

    /// <summary>The size of a chart in the e-mail, in CSS pixels; the message column is 600 pixels wide.</summary>
    public const int ChartWidth = 560;

    public const int ChartHeight = 300;

    /// <summary>The PNG scale, so that charts stay sharp on high-density screens.</summary>
    public const double PngScale = 2;

    /// <param name="period">The period the report covers, as shown in the subject and file names.</param>
    /// <param name="attachmentName">The file name of the attached PDF, which the text names.</param>
    public static EmailBody Render(ReportRenderer renderer, ReportResults results, string period, string attachmentName)
    {
        var templates = renderer.Templates;
        if (!templates.TryGet(templates.FullPath(MainTemplate), out var template))
        {
            throw new RenderException(Localization.Text.Message("Email_MissingTemplate", templates.FullPath(MainTemplate), templates.Directory));
        }

        var cssPath = Path.Combine(templates.Directory, StyleSheet);
        if (!File.Exists(cssPath))
        {
            throw new RenderException(Localization.Text.Message("Render_MissingFile", cssPath));
        }

        var (chartObject, images) = RenderCharts(renderer, results);
        var model = renderer.BuildModel(results, chartObject);
        model["email"] = new ScriptObject
        {
            ["attachment"] = attachmentName,
            ["period"] = period,
            ["sections"] = new ScriptArray(renderer.Sections.Where(s => templates.TryGet(templates.FullPath(SectionFolder + s), out _))),
        };
        var html = renderer.Render(template, model);

        // Images keep the pixel width and height attributes of the template, which Outlook uses; PreMailer would
        // replace them with the CSS values, such as width="100%" height="auto".
        var inlined = PreMailer.Net.PreMailer.MoveCssInline(
            html,
            removeStyleElements: true,
            ignoreElements: "img",
            css: File.ReadAllText(cssPath),
            stripIdAndClassAttributes: true,
            removeComments: true);
        // Every chart is drawn, but only those that the e-mail's sections show are attached.
        var used = images.Where(i => inlined.Html.Contains("cid:" + i.ContentId, StringComparison.Ordinal)).ToArray();
        return new EmailBody(inlined.Html, HtmlText.Convert(inlined.Html), used);
    }

    private static (ScriptObject Charts, IReadOnlyList<InlineImage> Images) RenderCharts(ReportRenderer renderer, ReportResults results)
    {
        renderer.Fonts.RegisterWithScottPlot();
        // Charts are drawn at the size they are shown, so that their text is as large as in the report.
        var style = new ChartStyle
        {
            Culture = renderer.Settings.Culture,
            FontFamily = renderer.Fonts.TextFamily,
            Width = ChartWidth,
            Height = ChartHeight,
            PngScale = PngScale,
        };
        var charts = ChartCatalog.RenderAll(results, new ChartContext(style, renderer.Strings, renderer.Format));

        var chartObject = new ScriptObject();
        var images = new List<InlineImage>();
        foreach (var (name, chart) in charts)
        {
            if (chart?.Png is not { } png)
            {
                chartObject[name] = null;
                continue;
            }

            var id = "chart-" + name.Replace('_', '-');
            images.Add(new InlineImage(id + "@edureport", id + ".png", png));
            chartObject[name] = new ScriptObject
            {
                ["cid"] = id + "@edureport",
                ["width"] = chart.Width,
                ["height"] = chart.Height,
            };
        }

        return (chartObject, images);
    }
}
