using EduReport.Analyse;
using EduReport.Facts;
using EduReport.Load;
using EduReport.Render;
using EduReport.Tests.Support;

namespace EduReport.Tests.Render;

/// <summary>Template mistakes stop the run with every error at once, each naming its file, line and column.</summary>
public sealed class TemplateErrorTests
{
    [Fact]
    public void MisspeltMemberNamesLineAndColumn()
    {
        using var templates = new TemplateCopy();
        // Line 3 is "  <p>{{ results.single_course_passers.studnets }}</p>": the misspelt name starts in column 39.
        templates.Write("sections/SingleCoursePassers.sbn-html", "<section>\n  <h2>Title</h2>\n  <p>{{ results.single_course_passers.studnets }}</p>\n</section>\n");

        var error = Assert.Single(RenderErrors(templates.Path));

        AssertLocation(error, "sections/SingleCoursePassers.sbn-html", 3, 39);
        Assert.Contains("studnets", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspeltVariableNamesLineAndColumn()
    {
        using var templates = new TemplateCopy();
        // Line 2 is "  <p>{{ reslts.dataset.students }}</p>": the misspelt name starts in column 9.
        templates.Write("sections/DataAndDefinitions.sbn-html", "<section>\n  <p>{{ reslts.dataset.students }}</p>\n</section>\n");

        var error = Assert.Single(RenderErrors(templates.Path));

        AssertLocation(error, "sections/DataAndDefinitions.sbn-html", 2, 9);
        Assert.Contains("reslts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RuntimeErrorsOfAllSectionsAreReportedTogether()
    {
        using var templates = new TemplateCopy();
        templates.Write("sections/DataAndDefinitions.sbn-html", "{{ missing_one }}\n");
        templates.Write("sections/SingleCoursePassers.sbn-html", "ok\n{{ missing_two }}\n");
        templates.Write("sections/Appendix.sbn-html", "ok\nok\n  {{ missing_three }}\n");

        var errors = RenderErrors(templates.Path);

        // One error per section, in report order, each in its own file.
        Assert.Equal(3, errors.Count);
        AssertLocation(errors[0], "sections/DataAndDefinitions.sbn-html", 1, 4);
        AssertLocation(errors[1], "sections/SingleCoursePassers.sbn-html", 2, 4);
        AssertLocation(errors[2], "sections/Appendix.sbn-html", 3, 6);
    }

    [Fact]
    public void SyntaxErrorsOfAllFilesAreReportedTogether()
    {
        using var templates = new TemplateCopy();
        templates.Write("sections/DataAndDefinitions.sbn-html", "<p>\n{{ if }}\n");
        templates.Write("partials/kpis.sbn-html", "{{ for x in }}{{ end }}\n");

        var exception = Assert.Throws<TemplateException>(() => Renderer(templates.Path));

        Assert.Contains(exception.Errors, e => e.File.EndsWith("sections/DataAndDefinitions.sbn-html", StringComparison.Ordinal) && e.Line == 2);
        Assert.Contains(exception.Errors, e => e.File.EndsWith("partials/kpis.sbn-html", StringComparison.Ordinal) && e.Line == 1);
    }

    [Fact]
    public void ErrorInPartialNamesTheIncludeCall()
    {
        using var templates = new TemplateCopy();
        // The column key "studens" is misspelt; the include call is on line 2, column 4.
        templates.Write(
            "sections/SingleCoursePassers.sbn-html",
            "<section>\n{{ include \"partials/table\" results.single_course_passers.distribution [{header: \"n\", key: \"studens\"}] }}\n</section>\n");

        var error = Assert.Single(RenderErrors(templates.Path));

        Assert.EndsWith("partials/table.sbn-html", error.File, StringComparison.Ordinal);
        var caller = Assert.Single(error.IncludedFrom);
        AssertLocation(caller, "sections/SingleCoursePassers.sbn-html", 2, 4);
        Assert.Contains("studens", error.Message, StringComparison.Ordinal);
        Assert.Matches(@"partials/table\.sbn-html\(\d+,\d+\): error: .* \(included from .*sections/SingleCoursePassers\.sbn-html\(2,4\)\)", error.ToString());
    }

    [Fact]
    public void UnknownColumnKeyIsAnError()
    {
        using var templates = new TemplateCopy();
        templates.Write(
            "sections/SingleCoursePassers.sbn-html",
            "{{ include \"partials/table\" results.single_course_passers.distribution [{header: \"n\", key: \"students\", formt: \"count\"}] }}\n");

        var error = Assert.Single(RenderErrors(templates.Path));

        Assert.Contains("formt", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, Assert.Single(error.IncludedFrom).Line);
    }

    [Fact]
    public void UnknownFormatIsAnError()
    {
        using var templates = new TemplateCopy();
        templates.Write("sections/SingleCoursePassers.sbn-html", "\n{{ fmt 0.5 \"percent\" }}\n");

        var error = Assert.Single(RenderErrors(templates.Path));

        AssertLocation(error, "sections/SingleCoursePassers.sbn-html", 2, 4);
        Assert.Contains("pct:N", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnformattedFractionIsAnError()
    {
        using var templates = new TemplateCopy();
        // A share written as it is would print "0.666..." in a Russian report. The expression starts in column 7.
        templates.Write("sections/SingleCoursePassers.sbn-html", "<p>{{ results.single_course_passers.share }}</p>\n");

        var error = Assert.Single(RenderErrors(templates.Path));

        AssertLocation(error, "sections/SingleCoursePassers.sbn-html", 1, 7);
        Assert.Contains("pct", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingSectionTemplateIsAnError()
    {
        using var templates = new TemplateCopy();
        File.Delete(Path.Combine(templates.Path, "sections", "Appendix.sbn-html"));

        var error = Assert.Single(RenderErrors(templates.Path));

        Assert.EndsWith("sections/Appendix.sbn-html", error.File, StringComparison.Ordinal);
    }

    [Fact]
    public void SectionVariablesDoNotLeak()
    {
        using var templates = new TemplateCopy();
        // DataAndDefinitions assigns d and s; a later section that reads d without assigning it fails.
        templates.Write("sections/SingleCoursePassers.sbn-html", "{{ d.students }}\n");

        var error = Assert.Single(RenderErrors(templates.Path));

        AssertLocation(error, "sections/SingleCoursePassers.sbn-html", 1, 4);
    }

    private static void AssertLocation(TemplateError error, string file, int line, int column)
    {
        Assert.EndsWith(file, error.File.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    private static void AssertLocation(TemplateLocation location, string file, int line, int column)
    {
        Assert.EndsWith(file, location.File.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Equal((line, column), (location.Line, location.Column));
    }

    private static ReportRenderer Renderer(string templatesDirectory) => ReportRenderer.Load(new RenderSettings
    {
        Language = "en",
        TemplatesDirectory = templatesDirectory,
        ReportDate = new DateOnly(2026, 12, 4),
    });

    private static IReadOnlyList<TemplateError> RenderErrors(string templatesDirectory)
    {
        using var fixture = SampleCourses.Create();
        var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions());
        var results = Analyser.Run(facts, ShippedSettings.Analysis);
        var renderer = Renderer(templatesDirectory);

        var exception = Assert.Throws<TemplateException>(() => renderer.RenderHtml(results));
        return exception.Errors;
    }
}
