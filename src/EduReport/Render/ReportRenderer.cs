using EduReport.Analyse;
using EduReport.Render.Charts;
using EduReport.Render.Pdf;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace EduReport.Render;

/// <summary>
/// Renders results into one self-contained HTML document from a template set: styles, fonts and charts
/// are inline, and nothing is loaded from the network. Templates only format and lay out; every figure
/// comes from <see cref="ReportResults"/>. Load it once per template set and render many times.
/// </summary>
public sealed class ReportRenderer
{
    /// <summary>The sections in report order; each is templates/sections/NAME.sbn-html.</summary>
    public static readonly IReadOnlyList<string> DefaultSections =
    [
        "DataAndDefinitions",
        "DataQuality",
        "SingleCoursePassers",
        "ExamDifficulty",
        "ExamPassDay",
        "Popularity",
        "Semesters",
        "CourseComparison",
        "Distributions",
        "Segments",
        "AssessmentForms",
        "Recommendations",
    ];

    private ReportRenderer(RenderSettings settings, TemplateSet templates, ReportStrings strings, FontSet fonts)
    {
        Settings = settings;
        Templates = templates;
        Strings = strings;
        Fonts = fonts;
        Format = new ReportFormatter(settings.Culture, strings);
    }

    public RenderSettings Settings { get; }

    public TemplateSet Templates { get; }

    public ReportStrings Strings { get; }

    public FontSet Fonts { get; }

    public ReportFormatter Format { get; }

    /// <summary>The report title: the configured one, else the one in the template set's strings.</summary>
    public string Title => Settings.Title ?? Strings.Get("report.title");

    /// <summary>The sections rendered, in order: the configured ones, else <see cref="DefaultSections"/>.</summary>
    public IReadOnlyList<string> Sections => Settings.Sections ?? DefaultSections;

    /// <summary>Parses the template set and reads its strings and fonts; throws a <see cref="RenderException"/> listing every error.</summary>
    public static ReportRenderer Load(RenderSettings settings)
    {
        var templates = TemplateSet.Load(settings.TemplatesDirectory);
        var strings = ReportStrings.Load(templates.Directory, settings.Language);
        var fonts = FontSet.Load(Path.Combine(templates.Directory, "fonts"));
        return new ReportRenderer(settings, templates, strings, fonts);
    }

    /// <summary>Returns the header and footer of the PDF's pages.</summary>
    public PdfPageSettings PdfPage() => new(Title, Strings.Get("pdf.page"), Fonts.TextFamily);

    public string RenderHtml(ReportResults results)
    {
        Fonts.RegisterWithScottPlot();
        var style = new ChartStyle { Culture = Settings.Culture, FontFamily = Fonts.TextFamily };
        var charts = ChartCatalog.RenderAll(results, new ChartContext(style, Strings, Format));
        var chartObject = new ScriptObject();
        foreach (var (name, chart) in charts)
        {
            chartObject[name] = chart is null ? null : new RawHtml(chart.Svg);
        }

        return Render(Templates.Main, BuildModel(results, chartObject));
    }

    /// <summary>Renders <paramref name="template"/> of this set with <paramref name="model"/> and the formatting functions.</summary>
    internal string Render(Template template, ScriptObject model)
    {
        var context = NewContext();
        context.PushGlobal(TemplateFunctions.Create(Format));
        context.PushGlobal(model);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException([TemplateSet.ToError(e.Span, e.OriginalMessage)], e);
        }
    }

    private HtmlTemplateContext NewContext()
    {
        var context = new HtmlTemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            TemplateLoader = new TemplateSetLoader(Templates),
            MemberRenamer = StandardMemberRenamer.Default,
            LoopLimit = 0,

            // Scriban cuts any string beyond 1 MiB and any output beyond 1,048,576 characters by default.
            // The report with its inline fonts and charts is larger, so those limits would silently drop
            // its last sections.
            LimitToString = 0,
            OutputLimit = 0,
        };
        if (context.BuiltinObject["include"] is IScriptCustomFunction include)
        {
            context.BuiltinObject.SetValue("include", new RawInclude(include), true);
        }

        return context;
    }

    /// <summary>Splits text into paragraphs at blank lines, joining the lines of each paragraph with spaces.</summary>
    internal static IReadOnlyList<string> Paragraphs(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var line in lines.Append(string.Empty))
        {
            if (line.Trim().Length > 0)
            {
                current.Add(line.Trim());
            }
            else if (current.Count > 0)
            {
                paragraphs.Add(string.Join(' ', current));
                current.Clear();
            }
        }

        return paragraphs;
    }

    /// <summary>Returns the template model, with <paramref name="chartObject"/> as <c>charts</c>: markup of each chart by name.</summary>
    internal ScriptObject BuildModel(ReportResults results, ScriptObject chartObject)
    {
        var css = File.ReadAllText(Path.Combine(Templates.Directory, "style.css"));
        var fontStack = string.Join(", ", Fonts.Families.Select(f => $"\"{f}\"")) + ", sans-serif";
        return new ScriptObject
        {
            ["report"] = new ScriptObject
            {
                ["title"] = Title,
                ["organisation"] = Settings.Organisation,
                ["data_source"] = Settings.DataSource,
                ["date"] = Format.Date(Settings.ReportDate),
                ["language"] = Settings.Language,
                ["commentary"] = new ScriptArray(Paragraphs(Settings.Commentary)),
            },
            ["results"] = results,
            ["charts"] = chartObject,
            ["t"] = Strings.Tree,
            ["sections"] = new ScriptArray(Sections),
            ["assets"] = new ScriptObject
            {
                ["font_faces"] = new RawHtml(Fonts.CssFontFaces()),
                ["font_stack"] = new RawHtml(fontStack),
                ["css"] = new RawHtml(css),
            },
        };
    }
}
