using EduReport.Facts;
using EduReport.Load;
using EduReport.Tests.Support;

namespace EduReport.Questions.Popularity;

public sealed class PopularityTests
{
    // AAA 2013J: 4 registrations. Student 3 leaves on day −5 (before the start); student 4 has no
    //   registration date and leaves on day 10 (after the start).
    // AAA 2014J: 2 registrations. Student 1 registers again in the second presentation; student 5 leaves
    //   on day 0, which counts as before the start.
    // BBB 2013J: 3 registrations, students 7 and 8 leave on days 30 and 60.
    // CCC 2014B: 1 registration, which leaves on day 20. DDD 2014J: 2 registrations, no unregistration.
    // EEE 2014J: no registration, only a submission, so it is in no ranking.
    // Modules: AAA 6 registrations, 3 unregistrations (1 after the start); BBB 3 and 2; CCC 1 and 1; DDD 2 and 0.
    private static OuladFixture Fixture() => new OuladFixture()
        .Course("AAA", "2013J").Course("AAA", "2014J").Course("BBB", "2013J").Course("CCC", "2014B").Course("DDD", "2014J").Course("EEE", "2014J")
        .Assessment("EEE", "2014J", 1, "TMA", "20")
        .Registration("AAA", "2013J", 1).Registration("AAA", "2013J", 2).Registration("AAA", "2013J", 3, unregistered: "-5")
        .Registration("AAA", "2013J", 4, registered: "", unregistered: "10")
        .Registration("AAA", "2014J", 1).Registration("AAA", "2014J", 5, unregistered: "0")
        .Registration("BBB", "2013J", 6).Registration("BBB", "2013J", 7, unregistered: "30").Registration("BBB", "2013J", 8, unregistered: "60")
        .Registration("CCC", "2014B", 9, unregistered: "20")
        .Registration("DDD", "2014J", 10).Registration("DDD", "2014J", 11)
        .Submission(1, 12, "18", score: "70");

    private static PopularityResult Compute(Definitions definitions)
    {
        using var fixture = Fixture();
        return PopularityAnalysis.Compute(FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, definitions));
    }

    [Fact]
    public void TopModulesByRegistrations()
    {
        var result = Compute(new Definitions());

        Assert.Equal(["AAA", "BBB", "DDD"], result.TopByRegistrations.Select(m => m.Module));
        Assert.Equal([6, 3, 2], result.TopByRegistrations.Select(m => m.Registrations));
        Assert.Equal(2, result.TopByRegistrations[0].Courses);
    }

    [Fact]
    public void TopModulesByChurn()
    {
        // CCC 1/1 = 1, BBB 2/3, AAA 3/6 = 0.5, DDD 0/2.
        var result = Compute(new Definitions());

        Assert.Equal(["CCC", "BBB", "AAA"], result.TopByChurn.Select(m => m.Module));
        Assert.Equal(1, result.TopByChurn[0].ChurnRate, 12);
        Assert.Equal(2.0 / 3, result.TopByChurn[1].ChurnRate, 12);
        Assert.Equal(3, result.TopByChurn[2].Unregistrations);
        Assert.Equal(6, result.TopByChurn[2].Registrations);

        // Wilson interval of 1 of 1 (Python, see StatisticsTests): 0.20655 to 1.
        Assert.Equal(0.20654931437723745, result.TopByChurn[0].CiLow, 9);
        Assert.Equal(1, result.TopByChurn[0].CiHigh, 12);
    }

    [Fact]
    public void ChurnAfterStartCountsFewer()
    {
        // Only student 4's unregistration in AAA happened after day 0: AAA churn 1/6.
        var result = Compute(new Definitions { ChurnAfterStartOnly = true });

        var aaa = result.Modules.Single(m => m.Module == "AAA");
        Assert.Equal(1, aaa.Unregistrations);
        Assert.Equal(1.0 / 6, aaa.ChurnRate, 12);
        Assert.True(result.ChurnAfterStartOnly);
    }

    [Fact]
    public void ModulesWithoutRegistrationsAreLeftOut()
    {
        var result = Compute(new Definitions());

        Assert.Equal(["AAA", "BBB", "DDD", "CCC"], result.Modules.Select(m => m.Module));
    }

    [Fact]
    public void CourseRankingsBreakTies()
    {
        // Registrations: AAA 2013J 4, BBB 2013J 3, then AAA 2014J and DDD 2014J with 2 each, by module code.
        // Churn: CCC 2014B 1, BBB 2013J 2/3, then AAA 2013J and AAA 2014J at 0.5, the larger course first.
        var result = Compute(new Definitions());

        Assert.Equal([("AAA", "2013J"), ("BBB", "2013J"), ("AAA", "2014J")], result.ByCourse.TopByRegistrations.Select(c => (c.Module, c.Presentation)));
        Assert.Equal([("CCC", "2014B"), ("BBB", "2013J"), ("AAA", "2013J")], result.ByCourse.TopByChurn.Select(c => (c.Module, c.Presentation)));
        Assert.Equal(0.5, result.ByCourse.TopByChurn[2].ChurnRate, 12);
    }

    [Fact]
    public void ChartsShowEveryModule()
    {
        var result = Compute(new Definitions());
        var context = ChartContexts.English();

        var registrations = PopularityChart.RenderRegistrations(result, context);
        var churn = PopularityChart.RenderChurn(result, context);

        Assert.NotNull(registrations);
        Assert.NotNull(churn);
        Assert.Contains("CCC", churn.Svg, StringComparison.Ordinal);
        Assert.Contains("100.0%", churn.Svg, StringComparison.Ordinal);
    }

    [Fact]
    public void NoRegistrationsGiveNoCharts()
    {
        using var fixture = new OuladFixture().Course("AAA", "2013J");
        var result = PopularityAnalysis.Compute(FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions()));

        Assert.Empty(result.TopByRegistrations);
        Assert.Null(PopularityChart.RenderRegistrations(result, ChartContexts.English()));
        Assert.Null(PopularityChart.RenderChurn(result, ChartContexts.English()));
    }
}
