using EduReport.Render;
using EduReport.Tests.Support;

namespace EduReport.Tests.Render;

public sealed class ReportStringsTests
{
    [Fact]
    public void ConflictingPluralFormsAreRejected()
    {
        using var templates = new TempDirectory();
        templates.Write("i18n/ru.json", """{ "plural": { "exam": ["экзамен", "экзамена", "экзаменов"] } }""");
        templates.Write("sections/Other.ru.json", """{ "title": "x", "plural": { "exam": ["экзамена", "экзаменов", "экзаменов"] } }""");

        var error = Assert.Throws<RenderException>(() => ReportStrings.Load(templates.Path, "ru"));

        Assert.Contains("exam", error.Message, StringComparison.Ordinal);
        Assert.Contains("Other.ru.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedEqualPluralFormsAreAccepted()
    {
        using var templates = new TempDirectory();
        templates.Write("i18n/en.json", """{ "plural": { "exam": ["exam", "exams"] } }""");
        templates.Write("sections/Other.en.json", """{ "title": "x", "plural": { "exam": ["exam", "exams"] } }""");

        var strings = ReportStrings.Load(templates.Path, "en");

        Assert.Equal(["exam", "exams"], strings.Plurals["exam"]);
        Assert.Equal("x", strings.Get("sections.other.title"));
    }
}
