using EduReport.Render;
using EduReport.Render.Charts;

namespace EduReport.Tests.Support;

/// <summary>Chart contexts for chart tests, with the shipped templates' text and fonts.</summary>
public static class ChartContexts
{
    public static ChartContext English() => For("en");

    public static ChartContext For(string language)
    {
        var templates = Path.Combine(AppContext.BaseDirectory, "templates");
        var strings = ReportStrings.Load(templates, language);
        var fonts = FontSet.Load(Path.Combine(templates, "fonts"));
        fonts.RegisterWithScottPlot();
        var culture = ReportFormatter.CultureFor(language);
        return new ChartContext(new ChartStyle { Culture = culture, FontFamily = fonts.TextFamily }, strings, new ReportFormatter(culture, strings));
    }
}
