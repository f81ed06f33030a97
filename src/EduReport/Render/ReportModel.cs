using EduReport.Analyse;
using EduReport.Render.Charts;
using Scriban.Runtime;

namespace EduReport.Render;

/// <summary>
/// Builds the objects templates read. docs/templates.md lists every variable; a change here changes
/// that page. Everything is built in a fixed order, so equal inputs give equal HTML.
/// </summary>
internal static class ReportModel
{
    /// <summary>Returns the variables every template receives.</summary>
    public static ScriptObject Shared(ReportRenderer renderer, ReportResults results, IReadOnlyDictionary<string, ChartImage?> charts, IReadOnlyList<SectionInfo> sections)
    {
        var chartObject = new ScriptObject();
        var chartList = new ScriptArray();
        foreach (var (name, chart) in charts)
        {
            var item = chart is null ? null : Chart(chart);
            chartObject[name] = item;
            if (item is not null && chart!.Table is not null)
            {
                chartList.Add(item);
            }
        }

        var settings = renderer.Settings;
        return new ScriptObject
        {
            ["report"] = new ScriptObject
            {
                ["title"] = renderer.Title,
                ["organisation"] = settings.Organisation,
                ["data_source"] = settings.DataSource,
                ["date"] = renderer.Format.Date(settings.ReportDate),
                ["data_date"] = settings.DataDate is { } dataDate ? renderer.Format.Date(dataDate) : null,
                ["period"] = renderer.Period(results),
                ["period_label"] = renderer.PeriodLabel(results),
                ["language"] = settings.Language,
                ["commentary"] = new ScriptArray(Paragraphs(settings.Commentary)),
            },
            ["results"] = results,
            ["charts"] = chartObject,
            ["chart_list"] = chartList,
            ["t"] = renderer.Strings.Tree,
            ["sections"] = new ScriptArray(sections.Select(s => s.ToScriptObject())),
            ["findings"] = new ScriptArray(sections.Where(s => s.Finding is not null).Select(s => s.ToScriptObject())),
            ["main_findings"] = new ScriptArray(MainFindings(sections).Select(s => s.ToScriptObject())),
        };
    }

    /// <summary>
    /// The sections whose findings the executive summary and the e-mail list first, in report order.
    /// When fewer than three of them have a finding, the findings of other sections fill in.
    /// </summary>
    public static readonly IReadOnlyList<string> MainSections = ["PeriodComparison", "ExamDifficulty", "Popularity", "Distributions", "Segments", "AssessmentForms"];

    private const int MinMainFindings = 3;

    /// <summary>Returns the findings the summary lists, in report order.</summary>
    public static IReadOnlyList<SectionInfo> MainFindings(IReadOnlyList<SectionInfo> sections)
    {
        var withFinding = sections.Where(s => s.Finding is not null).ToList();
        var main = withFinding.Where(s => MainSections.Contains(s.Name)).ToList();
        foreach (var other in withFinding.Where(s => !MainSections.Contains(s.Name)))
        {
            if (main.Count >= MinMainFindings)
            {
                break;
            }

            main.Add(other);
        }

        return withFinding.Where(main.Contains).ToArray();
    }

    /// <summary>Returns the variables of one section's template: the section itself and its finding.</summary>
    public static ScriptObject ForSection(SectionInfo section) => new()
    {
        ["section"] = section.ToScriptObject(),
        ["finding"] = section.Finding,
    };

    /// <summary>Returns the variables only report.sbn-html receives: the rendered parts and the inline assets.</summary>
    public static ScriptObject ForDocument(ReportRenderer renderer, RenderedReport rendered, IReadOnlyDictionary<string, int>? tocPages)
    {
        var css = File.ReadAllText(Path.Combine(renderer.Templates.Directory, "style.css"));
        var fontStack = string.Join(", ", renderer.Fonts.Families.Select(f => $"\"{f}\"")) + ", sans-serif";
        var sections = new ScriptArray();
        foreach (var section in rendered.Sections)
        {
            var item = section.Info.ToScriptObject();
            item["html"] = section.Html;
            sections.Add(item);
        }

        var toc = new ScriptArray(
            new[] { rendered.Summary }.Concat(rendered.Sections).Append(rendered.Appendix)
                .OfType<RenderedSection>()
                .Where(s => s.Html.Value.Length > 0)
                .Select(s =>
                {
                    var item = s.Info.ToScriptObject();
                    item["page"] = tocPages is not null && tocPages.TryGetValue(s.Info.Id, out var page) ? page : null;
                    return item;
                }));
        return new ScriptObject
        {
            ["sections"] = sections,
            ["toc"] = toc,
            ["summary"] = rendered.Summary?.Html,
            ["appendix"] = rendered.Appendix?.Html,
            ["assets"] = new ScriptObject
            {
                ["font_faces"] = new RawHtml(renderer.Fonts.CssFontFaces()),
                ["font_stack"] = new RawHtml(fontStack),
                ["css"] = new RawHtml(css),
            },
        };
    }

    /// <summary>Splits text into paragraphs at blank lines, joining the lines of each paragraph with spaces.</summary>
    public static IReadOnlyList<string> Paragraphs(string? text)
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

    private static ScriptObject Chart(ChartImage chart)
    {
        var item = new ScriptObject
        {
            ["name"] = chart.Name,
            ["id"] = "chart-" + chart.Name.Replace('_', '-'),
            ["svg"] = new RawHtml(chart.Svg),
            ["caption"] = chart.Caption,
            ["table"] = null,
        };
        if (chart.Table is { } table)
        {
            var columns = new ScriptArray();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                columns.Add(new ScriptObject { ["header"] = table.Columns[i].Header, ["key"] = i, ["format"] = table.Columns[i].Format });
            }

            item["table"] = new ScriptObject
            {
                ["columns"] = columns,
                ["rows"] = new ScriptArray(table.Rows.Select(r => new ScriptArray(r))),
            };
        }

        return item;
    }
}
