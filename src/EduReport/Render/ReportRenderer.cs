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
        "PeriodComparison",
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

    /// <summary>The executive summary, sections/Summary.sbn-html, which report.sbn-html places before the table of contents.</summary>
    public const string SummarySection = "Summary";

    /// <summary>The appendix, sections/Appendix.sbn-html: methodology and the data table of every chart.</summary>
    public const string AppendixSection = "Appendix";

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

    /// <summary>Returns the header and footer of the PDF's pages, with the title alone in the header.</summary>
    public PdfPageSettings PdfPage() => new(Title, Strings.Get("pdf.page"), Fonts.TextFamily);

    /// <summary>Returns the header and footer of the PDF's pages: the running header names the report title and period.</summary>
    public PdfPageSettings PdfPage(ReportResults results)
    {
        var period = Period(results);
        var pattern = Strings.Get(results.Period.Presentations.Count == 1 ? "pdf.header_one" : "pdf.header");
        var header = period.Length == 0 ? Title : string.Format(Settings.Culture, pattern, Title, period);
        return new PdfPageSettings(header, Strings.Get("pdf.page"), Fonts.TextFamily);
    }

    /// <summary>Returns the document metadata of the PDF: title, author, subject and language.</summary>
    public PdfMetadata PdfMetadata(ReportResults results) => new(
        Title,
        Settings.Organisation ?? Strings.Get("report.author"),
        Period(results),
        Settings.Language);

    /// <summary>Returns the presentations the report covers, such as "2014J" or "2013B to 2014J"; empty when the data have no course.</summary>
    public string Period(ReportResults results)
    {
        var presentations = results.Period.Presentations;
        return presentations.Count switch
        {
            0 => string.Empty,
            1 => presentations[0],
            _ => string.Format(Settings.Culture, Strings.Get("report.period_value"), presentations[0], presentations[^1]),
        };
    }

    /// <summary>Returns the word that introduces the period on the cover: "Presentation" for one, "Presentations" for several.</summary>
    public string PeriodLabel(ReportResults results) =>
        Strings.Get(results.Period.Presentations.Count == 1 ? "report.period_one" : "report.period");

    /// <summary>Renders the chart of every section with the report's fonts, palette and language.</summary>
    public IReadOnlyDictionary<string, ChartImage?> RenderCharts(ReportResults results)
    {
        Fonts.RegisterWithScottPlot();
        var style = new ChartStyle { Culture = Settings.Culture, FontFamily = Fonts.TextFamily };
        return ChartCatalog.RenderAll(results, new ChartContext(style, Strings, Format));
    }

    public string RenderHtml(ReportResults results) => Render(results, RenderCharts(results)).Html;

    /// <summary>
    /// Renders every section on its own, then the document around them. Every template error of every
    /// section is collected before the run stops, and a <see cref="TemplateException"/> lists them all.
    /// Charts come in already rendered, so that a template edit does not draw them again.
    /// </summary>
    /// <param name="tocPages">The printed page of each section by its id, for the table of contents of the PDF; null for the HTML report.</param>
    public RenderedReport Render(ReportResults results, IReadOnlyDictionary<string, ChartImage?> charts, IReadOnlyDictionary<string, int>? tocPages = null)
    {
        var errors = new List<TemplateError>();
        var functions = TemplateFunctions.Create(Format, Templates);
        var infos = SectionsWithFindings(results, charts, errors, functions);

        var shared = ReportModel.Shared(this, results, charts, infos);
        RenderedSection RenderSection(SectionInfo info) =>
            new(info, RenderTemplate(SectionTemplate(info.Name), errors, functions, shared, ReportModel.ForSection(info)) ?? new RawHtml(string.Empty));

        var sections = infos.Select(RenderSection).ToArray();
        var summary = RenderSection(Info(SummarySection));
        var appendix = RenderSection(Info(AppendixSection));
        var parts = new RenderedReport(sections, summary, appendix, string.Empty);

        var html = RenderTemplate(TemplateSet.MainTemplate, errors, functions, shared, ReportModel.ForDocument(this, parts, tocPages));
        if (errors.Count > 0)
        {
            throw new TemplateException(errors);
        }

        return parts with { Html = html!.Value };
    }

    private const string FindingSuffix = ".finding";

    /// <summary>Returns the sections in report order, each with its finding rendered when it has a finding template.</summary>
    private List<SectionInfo> SectionsWithFindings(ReportResults results, IReadOnlyDictionary<string, ChartImage?> charts, List<TemplateError> errors, ScriptObject functions)
    {
        var infos = Sections.Select(Info).ToList();
        var findingModel = ReportModel.Shared(this, results, charts, infos);
        for (var i = 0; i < infos.Count; i++)
        {
            var findingTemplate = SectionTemplate(infos[i].Name) + FindingSuffix;
            if (Templates.Contains(findingTemplate))
            {
                var finding = RenderTemplate(findingTemplate, errors, functions, findingModel, ReportModel.ForSection(infos[i]));

                // A finding template may print nothing, such as the change since the previous period when there is none.
                infos[i] = infos[i] with { Finding = string.IsNullOrWhiteSpace(finding?.Value) ? null : new RawHtml(finding.Value.Trim()) };
            }
        }

        return infos;
    }

    private static string SectionTemplate(string name) => "sections/" + name;

    private SectionInfo Info(string name) =>
        new(name, SectionInfo.IdFor(name), Strings.TryGet($"sections.{ReportStrings.SnakeCase(name)}.title") ?? name, null);

    /// <summary>Renders one template in a fresh context; a runtime error is added to <paramref name="errors"/> and gives null.</summary>
    private RawHtml? RenderTemplate(string name, List<TemplateError> errors, ScriptObject functions, params ScriptObject[] models)
    {
        var path = Templates.FullPath(name);
        if (!Templates.TryGet(path, out var template))
        {
            errors.Add(new TemplateError(TemplateSet.DisplayPath(path), 1, 1, Localization.Text.Message("Render_MissingTemplate", name)));
            return null;
        }

        var context = NewContext();
        context.PushGlobal(functions);
        foreach (var model in models)
        {
            context.PushGlobal(model);
        }

        // Variables that the template assigns go into this object, so no section reads another's.
        context.PushGlobal(new ScriptObject());
        try
        {
            return new RawHtml(template.Render(context));
        }
        catch (ScriptRuntimeException e)
        {
            errors.Add(TemplateSet.ToError(e));
            return null;
        }
    }

    /// <summary>
    /// Returns the variables that every template receives, the sections' findings included, with
    /// <paramref name="chartObject"/> as <c>charts</c>. The e-mail uses it with charts that are images
    /// attached by Content-ID.
    /// </summary>
    /// <exception cref="TemplateException">A finding template failed.</exception>
    internal ScriptObject BuildModel(ReportResults results, ScriptObject chartObject)
    {
        var noCharts = new Dictionary<string, ChartImage?>();
        var errors = new List<TemplateError>();
        var infos = SectionsWithFindings(results, noCharts, errors, TemplateFunctions.Create(Format, Templates));
        if (errors.Count > 0)
        {
            throw new TemplateException(errors);
        }

        var model = ReportModel.Shared(this, results, noCharts, infos);
        model["charts"] = chartObject;
        return model;
    }

    /// <summary>Renders <paramref name="template"/> of this set with <paramref name="model"/> and the formatting functions.</summary>
    internal string Render(Template template, ScriptObject model)
    {
        var context = NewContext();
        context.PushGlobal(TemplateFunctions.Create(Format, Templates));
        context.PushGlobal(model);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException([TemplateSet.ToError(e)], e);
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
            // The report with its inline fonts and charts is larger, and long tables make strings longer,
            // so those limits would silently drop the end of the report.
            LimitToString = 0,
            OutputLimit = 0,
        };
        Templates.AddTo(context.CachedTemplates);
        if (context.BuiltinObject["include"] is IScriptCustomFunction include)
        {
            context.BuiltinObject.SetValue("include", new RawInclude(include), true);
        }

        return context;
    }
}
