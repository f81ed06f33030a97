using EduReport.Analyse;
using EduReport.Facts;
using EduReport.Load;
using EduReport.Questions.CourseComparison;
using EduReport.Render;
using EduReport.Tests.Support;

namespace EduReport.Tests.Integration;

/// <summary>
/// The answers to the report's questions on the real OULAD tables. docs/verification/check_questions.py
/// recomputes every one of these figures from the CSV files with Python's csv module, sharing no code
/// with EduReport, and compares them with results.json.
/// </summary>
public sealed class OuladQuestionsTests
{
    private static readonly Lazy<ReportResults> Results = new(() =>
        Analyser.Run(FactsBuilder.Build(DatasetLoader.Load(OuladFactAttribute.Directory).Dataset, new Definitions()), ShippedSettings.Analysis));

    [OuladFact]
    public void HardestAndEasiestExam()
    {
        var exams = Results.Value.ExamDifficulty;

        Assert.Equal(25340, exams.Hardest?.IdAssessment);
        Assert.Equal((504, 602), (exams.Hardest!.Passed, exams.Hardest.Attempts));
        Assert.Equal(25361, exams.Easiest?.IdAssessment);
        Assert.Equal((485, 524), (exams.Easiest!.Passed, exams.Easiest.Attempts));
        Assert.Equal(6, exams.Exams.Count);
        Assert.Equal(18, exams.ExamsWithoutAttempts.Count);
        Assert.Equal((4392, 4959), (exams.Overall.Passed, exams.Overall.Attempts));
        Assert.True(exams.HardestVsEasiest?.Significant);
    }

    [OuladFact]
    public void PassDaysByModule()
    {
        var modules = Results.Value.ExamPassDay.ByModule;

        Assert.Equal(["CCC", "DDD"], modules.Select(m => m.Module));
        Assert.Equal([1683, 2709], modules.Select(m => m.Students));
        Assert.Equal(239.3452168746288, modules[0].Mean, 9);
        Assert.Equal(244, modules[0].Median);
        Assert.Equal(237.9760059062386, modules[1].Mean, 9);
        Assert.Equal(237, modules[1].Median);
        Assert.Equal(5, Results.Value.ExamPassDay.ModulesWithoutPasses.Count);
    }

    [OuladFact]
    public void PopularModulesAndChurn()
    {
        var popularity = Results.Value.Popularity;

        Assert.Equal([("BBB", 7909), ("FFF", 7762), ("DDD", 6272)], popularity.TopByRegistrations.Select(m => (m.Module, m.Registrations)));
        Assert.Equal([("CCC", 1947, 4434), ("DDD", 2235, 6272), ("FFF", 2380, 7762)], popularity.TopByChurn.Select(m => (m.Module, m.Unregistrations, m.Registrations)));
    }

    [OuladFact]
    public void SemesterWithLowestCompletion()
    {
        var semesters = Results.Value.Semesters;

        Assert.Equal(["2013B", "2013J", "2014B", "2014J"], semesters.Period);
        Assert.Equal("2013B", semesters.LowestCompletion?.Presentation);
        Assert.Equal((504, 602), (semesters.LowestCompletion!.ExamPassed, semesters.LowestCompletion.ExamAttempts));
        Assert.Equal("2014J", semesters.LongestSubmission?.Presentation);
        Assert.Equal(243.67422096317281, semesters.LongestSubmission!.MeanExamDay!.Value, 9);
        Assert.Equal(23.57122653516094, semesters.CompletionTest!.Statistic, 9);
        Assert.Equal(3, semesters.CompletionTest.DegreesOfFreedom);
    }

    [OuladFact]
    public void CourseComparisonFlags()
    {
        var comparison = Results.Value.CourseComparison;

        Assert.Equal(22, comparison.Courses.Count);
        Assert.Equal(new FlagCounts(15, 2, 21), comparison.Flagged);
        Assert.Equal(("DDD", "2013B"), (comparison.LowestCompletion?.Module, comparison.LowestCompletion?.Presentation));
        Assert.Equal(("DDD", "2014B"), (comparison.HighestCompletion?.Module, comparison.HighestCompletion?.Presentation));
    }

    [OuladFact]
    public void DistributionSummaries()
    {
        var distributions = Results.Value.Distributions;

        Assert.Equal([76.0, 82.0, 67.0], distributions.Scores.Select(s => s.Summary.Median!.Value));
        Assert.Equal(-0.2049298451863074, distributions.Scores[2].Summary.Skewness!.Value, 9);
        Assert.Equal(57, distributions.RegistrationLeadTime.Summary.Median);
        Assert.Equal(45, distributions.RegistrationLeadTime.RegistrationsWithoutDate);
        Assert.Equal((49_318, 169_138), (distributions.SubmissionDelay.Late, distributions.SubmissionDelay.Summary.Count));
        Assert.Equal([25_247, 3_293, 221, 23, 1], distributions.CoursesPerStudent.Distribution.Select(r => r.Students));
    }

    [OuladFact]
    public void ReportRendersEverySection()
    {
        // The report of the real data is larger than Scriban's default string limit of 1 MiB, which
        // used to drop its last sections without an error.
        var settings = new RenderSettings
        {
            Language = "ru",
            TemplatesDirectory = Path.Combine(AppContext.BaseDirectory, "templates"),
            ReportDate = new DateOnly(2026, 12, 4),
        };

        var html = ReportRenderer.Load(settings).RenderHtml(Results.Value);

        // The change since the previous period prints nothing for a report on every presentation.
        foreach (var section in ReportRenderer.DefaultSections.Where(s => s != "PeriodComparison" || Results.Value.PeriodComparison.Compared))
        {
            Assert.Contains($"id=\"{ReportStrings.SnakeCase(section).Replace('_', '-')}\"", html, StringComparison.Ordinal);
        }

        Assert.EndsWith("</html>", html.TrimEnd(), StringComparison.Ordinal);
    }
}
