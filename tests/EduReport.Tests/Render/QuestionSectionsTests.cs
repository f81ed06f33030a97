using EduReport.Analyse;
using EduReport.Facts;
using EduReport.Load;
using EduReport.Render;
using EduReport.Tests.Support;

namespace EduReport.Tests.Render;

/// <summary>Every question's section renders in both languages, with its sentence, charts and tables.</summary>
public sealed class QuestionSectionsTests
{
    private static string TemplatesDirectory => Path.Combine(AppContext.BaseDirectory, "templates");

    [Theory]
    [InlineData("en", "The hardest and the easiest exam", "When students pass", "Popular modules and churn", "Presentations compared", "Courses compared", "Distributions")]
    [InlineData("ru", "Самый трудный и самый лёгкий экзамен", "Когда студенты сдают курс", "Популярные модули и отток", "Сравнение семестров", "Сравнение курсов", "Распределения")]
    public void EverySectionHasTitle(string language, params string[] titles)
    {
        var html = Render(SampleCourses.Create(), new Definitions { MinAttemptsToRank = 1 }, language);

        foreach (var title in titles)
        {
            Assert.Contains($"<h2>{title}</h2>", html, StringComparison.Ordinal);
        }

        Assert.EndsWith("</html>", html.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryChartIsDrawn()
    {
        var html = Render(SampleCourses.WithCoursework(), new Definitions { MinAttemptsToRank = 1 }, "en");

        foreach (var name in new[] { "exam-difficulty", "exam-pass-day", "popularity-registrations", "popularity-churn", "semesters-completion", "semesters-exam-day", "course-comparison", "distributions-scores", "distributions-lead-time", "distributions-delay", "distributions-courses-per-student" })
        {
            Assert.Contains($"id=\"c-{name}-0\"", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    // DDD 2013B: 1 of 2 passed (student 1 with 70, student 2 with 20), 50.0%; DDD 2014J: 2 of 2 (45 and exactly 40).
    // Wilson interval of 1 in 2: centre 0.5, half-width 1.96 · sqrt(0.125 + 0.2401) / 2.9208 = 0.40547, so 9.5% to 90.5%.
    [InlineData("en", "The hardest exam is DDD 2013B (assessment 1): 50.0% of attempts passed (95% interval 9.5% to 90.5%); the easiest is DDD 2014J (assessment 2) with 100.0%.")]
    [InlineData("ru", "Самый трудный экзамен — DDD 2013B (задание 1): успешных попыток 50,0\u00A0% (95-процентный интервал от 9,5\u00A0% до 90,5\u00A0%); самый лёгкий — DDD 2014J (задание 2): 100,0\u00A0%.")]
    public void ExamSentenceComesFromResult(string language, string sentence)
    {
        var html = Render(SampleCourses.Create(), new Definitions { MinAttemptsToRank = 1 }, language);

        Assert.Contains(sentence, System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Theory]
    // Registrations: DDD has all 5, 1 of which left on day 10: churn 20.0%.
    [InlineData("en", "Module DDD has the most registrations (5), and module DDD the highest churn: 20.0% (95% interval")]
    [InlineData("ru", "Больше всего записей у модуля DDD (5), а самый высокий отток — в модуле DDD: 20,0\u00A0% (95-процентный интервал")]
    public void PopularitySentenceComesFromResult(string language, string sentence)
    {
        var html = Render(SampleCourses.Create(), new Definitions(), language);

        Assert.Contains(sentence, System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public void UnrankedExamsSayWhy()
    {
        // With the default minimum of 30 attempts no exam of the sample (2 attempts each) is ranked.
        var html = Render(SampleCourses.Create(), new Definitions(), "en");

        Assert.Contains("No exam has the 30 attempts needed to be ranked.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void EmptyDataPrintsNoDataSentences(string language)
    {
        var html = Render(new OuladFixture(), new Definitions(), language);

        // Every chart of every section has no data, and each prints the sentence once in its place.
        var noData = language == "en" ? "There are no data for this chart." : "Для этой диаграммы нет данных.";
        var count = html.Split(noData).Length - 1;
        Assert.Equal(16, count);
        Assert.EndsWith("</html>", html.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void AlternativeDefinitionsAreStated()
    {
        var definitions = new Definitions
        {
            CourseScope = CourseScope.Module,
            IncludeBanked = false,
            ChurnAfterStartOnly = true,
            PassThreshold = 42.5,
            MinAttemptsToRank = 1,
            SignificanceLevel = 0.01,
        };

        var html = Render(SampleCourses.Create(), definitions, "en");

        Assert.Contains("a module counts once across all its presentations", html, StringComparison.Ordinal);
        Assert.Contains("Banked results, carried over from an earlier presentation, are left out.", html, StringComparison.Ordinal);
        Assert.Contains("Only unregistrations after day 0", html, StringComparison.Ordinal);
        Assert.Contains("with a score of 42.5 or more", html, StringComparison.Ordinal);
        Assert.Contains("at most 0.01", html, StringComparison.Ordinal);
        Assert.Contains("significantly from all other modules together", html, StringComparison.Ordinal);
    }

    [Fact]
    public void FlagsShowDirection()
    {
        // 40 students in AAA, 4 of whom leave, against 40 in BBB, 20 of whom leave: both differ
        // significantly (see CourseComparisonTests), AAA lower and BBB higher.
        var fixture = new OuladFixture().Course("AAA", "2013J").Course("BBB", "2013J");
        for (var student = 1; student <= 40; student++)
        {
            fixture.Registration("AAA", "2013J", student, unregistered: student <= 4 ? "20" : "");
            fixture.Registration("BBB", "2013J", 100 + student, unregistered: student <= 20 ? "20" : "");
        }

        var html = Render(fixture, new Definitions(), "en");

        Assert.Contains("10.0%<span class=\"flag\" title=\"significantly lower than the other courses\">↓</span>", html, StringComparison.Ordinal);
        Assert.Contains("50.0%<span class=\"flag\" title=\"significantly higher than the other courses\">↑</span>", html, StringComparison.Ordinal);
    }

    private static string Render(OuladFixture fixture, Definitions definitions, string language)
    {
        using (fixture)
        {
            var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, definitions);
            var settings = new RenderSettings
            {
                Language = language,
                TemplatesDirectory = TemplatesDirectory,
                ReportDate = new DateOnly(2026, 12, 4),
            };
            return ReportRenderer.Load(settings).RenderHtml(Analyser.Run(facts, ShippedSettings.Analysis));
        }
    }
}
