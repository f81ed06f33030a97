using System.Globalization;
using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace EduReport.Render;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, unless it is <see cref="RawHtml"/>.
/// Values taken from the data (module codes, for example) can therefore never inject markup. A
/// fractional number written without a format function is an error: it would print in the invariant
/// culture ("0.5" in a Russian report) with as many decimals as it happens to have.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    // Scriban passes Write the span of the whole block, so the statement being written is tracked here.
    private SourceSpan _statement;

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is ScriptExpressionStatement)
        {
            _statement = scriptNode.Span;
        }

        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        textAsObject switch
        {
            null => this,
            RawHtml raw => Write(raw.Value),
            double or float or decimal => throw new ScriptRuntimeException(
                _statement.FileName is null ? span : _statement,
                Localization.Text.Message("Render_UnformattedNumber", Convert.ToString(textAsObject, CultureInfo.InvariantCulture))),
            _ => Write(WebUtility.HtmlEncode(ObjectToString(textAsObject))),
        };

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));
}
