using EduReport.Facts;
using EduReport.Load;
using EduReport.Tests.Support;

namespace EduReport.Questions.Distributions;

public sealed class DistributionsTests
{
    // AAA 2013J: TMA 1 due on day 20, CMA 2 without a date, exam 3 due on day 240. AAA 2014J: TMA 4 due on day 30.
    // Registrations: student 1 on day −10 (and on day −20 in AAA 2014J), student 2 on day −30, student 3 on
    //   day 5 (after the start), student 4 without a date. Lead times −5, 10, 20, 30: mean 13.75, median 15.
    // TMA 1: student 1 on day 18 (delay −2, score 50), student 2 on day 25 (+5, 70), student 3 banked
    //   (score 80, no delay), student 4 on day 20 without a score (delay 0).
    // CMA 2: student 1 scores 100 (no deadline, no delay). Exam 3: student 1 scores exactly 40 on day 240 (0),
    //   student 2 scores 60 on day 245 (+5). TMA 4: student 1 scores 90 on day 29 (−1).
    // Scores: TMA 50, 70, 80, 90 (median 75); CMA 100; exam 40, 60 (median 50).
    // Delays −2, −1, 0, 0, 5, 5: mean 7/6, median 0, 2 of 6 late.
    private static OuladFixture Fixture() => new OuladFixture()
        .Course("AAA", "2013J").Course("AAA", "2014J")
        .Assessment("AAA", "2013J", 1, "TMA", "20", "50").Assessment("AAA", "2013J", 2, "CMA", "", "10")
        .Assessment("AAA", "2013J", 3, "Exam", "240").Assessment("AAA", "2014J", 4, "TMA", "30", "50")
        .Registration("AAA", "2013J", 1, "-10").Registration("AAA", "2013J", 2, "-30").Registration("AAA", "2013J", 3, "5")
        .Registration("AAA", "2013J", 4, "").Registration("AAA", "2014J", 1, "-20")
        .Submission(1, 1, "18", score: "50").Submission(1, 2, "25", score: "70").Submission(1, 3, "5", banked: 1, score: "80")
        .Submission(1, 4, "20", score: "")
        .Submission(2, 1, "40", score: "100")
        .Submission(3, 1, "240", score: "40").Submission(3, 2, "245", score: "60")
        .Submission(4, 1, "29", score: "90");

    private static DistributionsResult Compute(Definitions definitions)
    {
        using var fixture = Fixture();
        return DistributionsAnalysis.Compute(FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, definitions));
    }

    [Fact]
    public void ScoresAreSummarisedByType()
    {
        var result = Compute(new Definitions());

        Assert.Equal([AssessmentType.Tma, AssessmentType.Cma, AssessmentType.Exam], result.Scores.Select(s => s.AssessmentType));
        var tma = result.Scores[0].Summary;
        Assert.Equal(4, tma.Count);
        Assert.Equal(72.5, tma.Mean!.Value, 12);
        Assert.Equal(75, tma.Median!.Value, 12);
        Assert.Equal(1, result.Scores[1].Summary.Count);
        Assert.Equal(50, result.Scores[2].Summary.Median!.Value, 12);
        Assert.Equal(40, result.Scores[2].Summary.Min);
    }

    [Fact]
    public void ScoreHistogramUsesTenPointBins()
    {
        var tma = Compute(new Definitions()).Scores[0].Histogram;

        Assert.Equal(10, tma.Bins.Count);
        Assert.Equal([0, 0, 0, 0, 0, 1, 0, 1, 1, 1], tma.Bins.Select(b => b.Count));
    }

    [Fact]
    public void BankedScoresCanBeLeftOut()
    {
        var tma = Compute(new Definitions { IncludeBanked = false }).Scores[0].Summary;

        Assert.Equal(3, tma.Count);
        Assert.Equal(70, tma.Median!.Value, 12);
    }

    [Fact]
    public void LeadTimeSkipsMissingDates()
    {
        var leadTime = Compute(new Definitions()).RegistrationLeadTime;

        Assert.Equal(4, leadTime.Summary.Count);
        Assert.Equal(13.75, leadTime.Summary.Mean!.Value, 12);
        Assert.Equal(15, leadTime.Summary.Median!.Value, 12);
        Assert.Equal(-5, leadTime.Summary.Min);
        Assert.Equal(1, leadTime.RegistrationsWithoutDate);
        Assert.Equal(1, leadTime.RegisteredAfterStart);
        Assert.Equal(7, leadTime.Histogram.BinWidth);
    }

    [Fact]
    public void DelayCountsNonBankedDatedSubmissions()
    {
        var delay = Compute(new Definitions()).SubmissionDelay;

        Assert.Equal(6, delay.Summary.Count);
        Assert.Equal(7.0 / 6, delay.Summary.Mean!.Value, 12);
        Assert.Equal(0, delay.Summary.Median!.Value, 12);
        Assert.Equal(2, delay.Late);
        Assert.Equal(1.0 / 3, delay.LateShare!.Value, 12);

        // Daily bins from −28 to +28: the bin of day 0 contains the two on-time submissions.
        Assert.Equal(57, delay.Histogram.Bins.Count);
        Assert.Equal(2, delay.Histogram.Bins.Single(b => b.From == 0).Count);
        Assert.Equal(2, delay.Histogram.Bins.Single(b => b.From == 5).Count);
    }

    [Fact]
    public void CoursesPerStudentFollowScope()
    {
        // Student 1 took AAA in two presentations: two courses, but one module.
        var byCourse = Compute(new Definitions()).CoursesPerStudent;
        var byModule = Compute(new Definitions { CourseScope = CourseScope.Module }).CoursesPerStudent;

        Assert.Equal([(1, 3), (2, 1)], byCourse.Distribution.Select(r => (r.Courses, r.Students)));
        Assert.Equal(3, byCourse.OneCourseStudents);
        Assert.Equal(0.75, byCourse.OneCourseShare!.Value, 12);
        Assert.Equal(2, byCourse.Summary.Max);
        Assert.Equal([(1, 4)], byModule.Distribution.Select(r => (r.Courses, r.Students)));
        Assert.Equal(CourseScope.Module, byModule.Scope);
    }

    [Fact]
    public void ChartsShowEveryDistribution()
    {
        var result = Compute(new Definitions());
        var context = ChartContexts.English();

        Assert.NotNull(DistributionsChart.RenderScores(result, context));
        Assert.NotNull(DistributionsChart.RenderLeadTime(result, context));
        Assert.NotNull(DistributionsChart.RenderDelay(result, context));
        Assert.NotNull(DistributionsChart.RenderCoursesPerStudent(result, context));
    }

    [Fact]
    public void EmptyDataGiveNoCharts()
    {
        using var fixture = new OuladFixture();
        var result = DistributionsAnalysis.Compute(FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions()));
        var context = ChartContexts.English();

        Assert.All(result.Scores, s => Assert.Equal(0, s.Summary.Count));
        Assert.Null(result.SubmissionDelay.LateShare);
        Assert.Null(DistributionsChart.RenderScores(result, context));
        Assert.Null(DistributionsChart.RenderLeadTime(result, context));
        Assert.Null(DistributionsChart.RenderDelay(result, context));
        Assert.Null(DistributionsChart.RenderCoursesPerStudent(result, context));
    }
}
