using System.Net;
using Scriban.Runtime;

namespace EduReport.Render;

/// <summary>
/// The functions templates format values with. They only format: every figure comes from the results.
/// </summary>
internal static class TemplateFunctions
{
    public static ScriptObject Create(ReportFormatter format)
    {
        var functions = new ScriptObject();
        functions.Import("num", new Func<object?, int, string>((value, decimals) => format.Number(ToDouble(value), decimals)));
        functions.Import("count", new Func<object?, string>(value => format.Count(ToDouble(value))));
        functions.Import("pct", new Func<object?, int, string>((value, decimals) => format.Percent(ToDouble(value), decimals)));
        functions.Import("exact", new Func<object?, string>(value => format.Exact(ToDouble(value))));
        functions.Import("pval", new Func<object?, string>(value => format.PValue(ToDouble(value))));
        // A capture block's text was escaped as it was written, so it is HTML and tr must not escape it again.
        functions.Import("captured_html", new Func<string?, RawHtml>(text => new RawHtml(text ?? string.Empty)));
        functions.Import("plural", new Func<object?, string, string>((value, word) => format.Plural(ToDouble(value) ?? 0, word)));
        var translate = (string text, params object?[] arguments) => Translate(text, arguments);
        functions.Import("tr", translate);
        ProblemTextFunctions.Import(functions, format.Culture);
        return functions;
    }

    /// <summary>Fills the {0}, {1}... slots of a trusted string from the i18n file with HTML-escaped values.</summary>
    private static RawHtml Translate(string text, object?[] arguments)
    {
        var values = arguments.Select(a => a is RawHtml raw ? raw.Value : WebUtility.HtmlEncode(a?.ToString() ?? string.Empty)).ToArray<object>();
        return new RawHtml(string.Format(System.Globalization.CultureInfo.InvariantCulture, text, values));
    }

    private static double? ToDouble(object? value) => value switch
    {
        null => null,
        double d => d,
        float f => f,
        int i => i,
        long l => l,
        decimal m => (double)m,
        _ => null,
    };
}
