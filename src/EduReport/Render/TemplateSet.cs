using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace EduReport.Render;

/// <summary>
/// A folder of report templates, parsed up front: report.sbn-html, sections/*.sbn-html,
/// partials/*.sbn-html, style.css, fonts/ and i18n/. Every syntax error of every file is collected
/// before anything is rendered, so that all of them are reported at once.
/// </summary>
public sealed class TemplateSet
{
    public const string Extension = ".sbn-html";
    public const string MainTemplate = "report" + Extension;

    private readonly Dictionary<string, Template> _templates;

    private TemplateSet(string directory, Dictionary<string, Template> templates)
    {
        Directory = directory;
        _templates = templates;
    }

    /// <summary>The full path of the template folder.</summary>
    public string Directory { get; }

    public Template Main => _templates[FullPath(MainTemplate)];

    /// <summary>Returns whether the set has a template such as "sections/Summary" or "partials/table".</summary>
    public bool Contains(string name) => _templates.ContainsKey(FullPath(name));

    /// <summary>Parses every template of <paramref name="directory"/>; throws a <see cref="RenderException"/> that lists all syntax errors.</summary>
    public static TemplateSet Load(string directory)
    {
        var root = Path.GetFullPath(directory);
        if (!File.Exists(Path.Combine(root, MainTemplate)))
        {
            throw new RenderException(Localization.Text.Message("Render_NotTemplateFolder", root, MainTemplate));
        }

        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var errors = new List<TemplateError>();
        foreach (var path in System.IO.Directory.EnumerateFiles(root, "*" + Extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var template = Template.Parse(File.ReadAllText(path), path);
            templates.Add(path, template);
            errors.AddRange(template.Messages
                .Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error)
                .Select(m => ToError(m.Span, m.Message)));
        }

        if (errors.Count > 0)
        {
            throw new TemplateException(errors);
        }

        return new TemplateSet(root, templates);
    }

    /// <summary>Returns the full path of an include name such as "sections/SingleCoursePassers" or "partials/table".</summary>
    public string FullPath(string name)
    {
        var relative = name.EndsWith(Extension, StringComparison.Ordinal) ? name : name + Extension;
        var full = Path.GetFullPath(Path.Combine(Directory, relative));
        return full.StartsWith(Directory + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : throw new RenderException(Localization.Text.Message("Render_IncludeOutside", name, Directory));
    }

    public bool TryGet(string fullPath, out Template template) => _templates.TryGetValue(fullPath, out template!);

    /// <summary>
    /// Puts every parsed template into a context's include cache, so that <c>include</c> uses the
    /// files as they were when the set was loaded and never parses them again.
    /// </summary>
    internal void AddTo(Dictionary<string, Template> includeCache)
    {
        foreach (var (path, template) in _templates)
        {
            includeCache[path] = template;
        }
    }

    /// <summary>Converts a Scriban position (0-based) to a 1-based error with a path the analyst can open.</summary>
    internal static TemplateError ToError(SourceSpan span, string message) =>
        new(DisplayPath(span.FileName), span.Start.Line + 1, span.Start.Column + 1, message);

    /// <summary>Converts a runtime error to a template error, with the include calls that led to it.</summary>
    internal static TemplateError ToError(ScriptRuntimeException exception) =>
        ToError(exception.Span, exception.OriginalMessage) with
        {
            IncludedFrom = exception is IncludeException include
                ? [.. include.Callers.Select(ToLocation)]
                : [],
        };

    private static TemplateLocation ToLocation(SourceSpan span) =>
        new(DisplayPath(span.FileName), span.Start.Line + 1, span.Start.Column + 1);

    internal static string DisplayPath(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "<template>";
        }

        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
