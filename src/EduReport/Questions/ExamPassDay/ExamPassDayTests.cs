using EduReport.Facts;
using EduReport.Load;
using EduReport.Tests.Support;

namespace EduReport.Questions.ExamPassDay;

public sealed class ExamPassDayTests
{
    // DDD 2013B (exam 1): student 1 passes with exactly 40 on day 230. Student 2 fails on day 228 and
    //   passes the retake on day 235. Student 3 passes on day 229 and again on day 240; the last pass counts.
    //   Pass days 230, 235, 240: mean 235, median 235, type 7 quartiles 232.5 and 237.5.
    // DDD 2014J (exam 2): student 1 passes the module a second time, on day 250. Student 4 has no score
    //   (no attempt). Student 5 passes with no submission day, so their pass is left out.
    // AAA 2013J (exam 3): student 6 fails. BBB 2013J has no exam. Neither module has a pass day.
    // Module DDD: days 230, 235, 240, 250: mean 238.75, median 237.5, quartiles 233.75 and 242.5.
    private static OuladFixture Fixture() => new OuladFixture()
        .Course("DDD", "2013B").Course("DDD", "2014J").Course("AAA", "2013J").Course("BBB", "2013J")
        .Assessment("DDD", "2013B", 1, "Exam").Assessment("DDD", "2014J", 2, "Exam").Assessment("AAA", "2013J", 3, "Exam")
        .Assessment("BBB", "2013J", 4, "TMA", "30")
        .Submission(1, 1, "230", score: "40")
        .Submission(1, 2, "228", score: "30").Submission(1, 2, "235", score: "70")
        .Submission(1, 3, "229", score: "50").Submission(1, 3, "240", score: "60")
        .Submission(2, 1, "250", score: "90").Submission(2, 4, "244", score: "").Submission(2, 5, "", score: "80")
        .Submission(3, 6, "200", score: "20")
        .Submission(4, 7, "25", score: "65");

    private static ExamPassDayResult Compute()
    {
        using var fixture = Fixture();
        return ExamPassDayAnalysis.Compute(FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions()));
    }

    [Fact]
    public void CoursePassDaysMatchHandCount()
    {
        var result = Compute();

        Assert.Equal([("DDD", "2013B"), ("DDD", "2014J")], result.ByCourse.Select(c => (c.Module, c.Presentation)));
        var first = result.ByCourse[0];
        Assert.Equal(3, first.Students);
        Assert.Equal(235, first.Mean, 12);
        Assert.Equal(235, first.Median, 12);
        Assert.Equal(232.5, first.LowerQuartile, 12);
        Assert.Equal(237.5, first.UpperQuartile, 12);
        var second = result.ByCourse[1];
        Assert.Equal(1, second.Students);
        Assert.Equal(250, second.Mean, 12);
    }

    [Fact]
    public void ModulePassDaysCombinePresentations()
    {
        var result = Compute();

        var ddd = Assert.Single(result.ByModule);
        Assert.Equal("DDD", ddd.Module);
        Assert.Equal(4, ddd.Students);
        Assert.Equal(238.75, ddd.Mean, 12);
        Assert.Equal(237.5, ddd.Median, 12);
        Assert.Equal(233.75, ddd.LowerQuartile, 12);
        Assert.Equal(242.5, ddd.UpperQuartile, 12);
    }

    [Fact]
    public void ModulesWithoutPassesAreListed()
    {
        var result = Compute();

        Assert.Equal(["AAA", "BBB"], result.ModulesWithoutPasses);
        Assert.Equal("DDD", result.EarliestModule?.Module);
        Assert.Equal("DDD", result.LatestModule?.Module);
    }

    [Fact]
    public void PassWithoutDayIsCountedApart()
    {
        Assert.Equal(1, Compute().PassesWithoutDay);
    }

    [Fact]
    public void EarliestAndLatestModulesDiffer()
    {
        // Module AAA passes on day 200 and 210 (mean 205), earlier than DDD's mean of 220.
        using var fixture = new OuladFixture()
            .Course("AAA", "2013J").Course("DDD", "2013J")
            .Assessment("AAA", "2013J", 1, "Exam").Assessment("DDD", "2013J", 2, "Exam")
            .Submission(1, 1, "200", score: "50").Submission(1, 2, "210", score: "60").Submission(2, 3, "220", score: "70");
        var result = ExamPassDayAnalysis.Compute(FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions()));

        Assert.Equal("AAA", result.EarliestModule?.Module);
        Assert.Equal(205, result.EarliestModule!.Mean, 12);
        Assert.Equal("DDD", result.LatestModule?.Module);
    }

    [Fact]
    public void ChartShowsEveryCourse()
    {
        var chart = ExamPassDayChart.Render(Compute(), ChartContexts.English());

        Assert.NotNull(chart);
        Assert.Contains("DDD 2013B", chart.Svg, StringComparison.Ordinal);
        Assert.Contains("DDD 2014J", chart.Svg, StringComparison.Ordinal);
    }

    [Fact]
    public void NoPassesGiveNoChart()
    {
        using var fixture = new OuladFixture().Course("AAA", "2013J").Assessment("AAA", "2013J", 1, "Exam").Submission(1, 1, "200", score: "10");
        var result = ExamPassDayAnalysis.Compute(FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions()));

        Assert.Empty(result.ByModule);
        Assert.Null(result.EarliestModule);
        Assert.Null(ExamPassDayChart.Render(result, ChartContexts.English()));
    }
}
