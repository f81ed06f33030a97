using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace EduReport.Render;

/// <summary>Resolves <c>include "sections/X"</c> to the parsed files of a <see cref="TemplateSet"/>.</summary>
internal sealed class TemplateSetLoader(TemplateSet templates) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templates.FullPath(templateName);

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        if (!File.Exists(templatePath))
        {
            throw new ScriptRuntimeException(callerSpan, Localization.Text.Message("Render_MissingInclude", templatePath));
        }

        return File.ReadAllText(templatePath);
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
