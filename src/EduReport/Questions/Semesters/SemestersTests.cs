using EduReport.Facts;
using EduReport.Load;
using EduReport.Tests.Support;

namespace EduReport.Questions.Semesters;

public sealed class SemestersTests
{
    // 2013B: DDD 2013B, exam 1. Student 1 passes with exactly 40 on day 230; student 2 fails on day 232
    //   and passes the retake on day 240. 3 attempts, 2 passed (2/3), mean exam day (230 + 232 + 240)/3 = 234.
    // 2013J: DDD 2013J, exam 2, and AAA 2013J with no exam. Students 3 and 5 pass on days 250 and 244;
    //   student 4 has no score. 2 attempts, 2 passed (1), mean exam day 247.
    // 2014B: AAA 2014B, whose exam has no attempt: no completion rate and no exam day.
    // Registrations: 2 in 2013B, 3 + 1 in 2013J (one without a registration date), 1 in 2014B.
    private static OuladFixture Fixture() => new OuladFixture()
        .Course("DDD", "2013B").Course("DDD", "2013J").Course("AAA", "2013J").Course("AAA", "2014B")
        .Assessment("DDD", "2013B", 1, "Exam").Assessment("DDD", "2013J", 2, "Exam").Assessment("AAA", "2014B", 3, "Exam")
        .Registration("DDD", "2013B", 1).Registration("DDD", "2013B", 2)
        .Registration("DDD", "2013J", 3).Registration("DDD", "2013J", 4).Registration("DDD", "2013J", 5)
        .Registration("AAA", "2013J", 6, registered: "")
        .Registration("AAA", "2014B", 7)
        .Submission(1, 1, "230", score: "40").Submission(1, 2, "232", score: "30").Submission(1, 2, "240", score: "50")
        .Submission(2, 3, "250", score: "90").Submission(2, 4, "246", score: "").Submission(2, 5, "244", score: "60");

    private static SemestersResult Compute(IReadOnlyCollection<string>? period = null)
    {
        using var fixture = Fixture();
        return SemestersAnalysis.Compute(FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions()), period);
    }

    [Fact]
    public void TableHasOneRowPerPresentation()
    {
        var result = Compute();

        Assert.Equal(["2013B", "2013J", "2014B"], result.Period);
        Assert.Equal(["2013B", "2013J", "2014B"], result.Table.Select(r => r.Presentation));
        Assert.Equal([1, 2, 1], result.Table.Select(r => r.Courses));
        Assert.Equal([2, 4, 1], result.Table.Select(r => r.Registrations));
        Assert.Equal([3, 2, 0], result.Table.Select(r => r.ExamAttempts));
        Assert.Equal([2, 2, 0], result.Table.Select(r => r.ExamPassed));
        Assert.Equal(2.0 / 3, result.Table[0].CompletionRate!.Value, 12);
        Assert.Equal(234, result.Table[0].MeanExamDay!.Value, 12);
        Assert.Equal(247, result.Table[1].MeanExamDay!.Value, 12);
        Assert.Null(result.Table[2].CompletionRate);
        Assert.Null(result.Table[2].MeanExamDay);
    }

    [Fact]
    public void FindsLowestCompletionAndLatestExams()
    {
        var result = Compute();

        Assert.Equal("2013B", result.LowestCompletion?.Presentation);
        Assert.Equal("2013J", result.LongestSubmission?.Presentation);
        Assert.Equal(247, result.LongestSubmission!.MeanExamDay!.Value, 12);
    }

    [Fact]
    public void SmallSamplesAreNotTested()
    {
        // Pooled completion 4/5: 2013B expects 0.6 failures, below 5.
        Assert.Null(Compute().CompletionTest);
    }

    [Fact]
    public void PeriodRestrictsPresentations()
    {
        var result = Compute(["2014B", "2013J"]);

        Assert.Equal(["2013J", "2014B"], result.Period);
        Assert.Equal(2, result.Table.Count);
        Assert.Equal("2013J", result.LowestCompletion?.Presentation);
        Assert.Equal("2013J", result.LongestSubmission?.Presentation);
    }

    [Fact]
    public void PeriodWithoutAttemptsHasNoLowest()
    {
        var result = Compute(["2014B"]);

        Assert.Null(result.LowestCompletion);
        Assert.Null(result.LongestSubmission);
        Assert.Null(SemestersChart.RenderCompletion(result, ChartContexts.English()));
        Assert.Null(SemestersChart.RenderExamDay(result, ChartContexts.English()));
    }

    [Fact]
    public void UnknownPresentationIsRejected()
    {
        var error = Assert.Throws<ConfigurationException>(() => Compute(["2013J", "2015X"]));

        Assert.Contains("2015X", error.Message, StringComparison.Ordinal);
        Assert.Contains("2013B, 2013J, 2014B", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TestRunsOnLargerSamples()
    {
        // 2013B: 10 of 20 pass; 2013J: 18 of 20. Pooled 28/40 = 0.7, expected 14 passes and 6 failures
        // in each. X² = 2 · 16/14 + 2 · 16/6 = 7.6190476 with 1 degree of freedom,
        // p = erfc(sqrt(X²/2)) = 0.0057755 (Python math.erfc).
        var fixture = new OuladFixture()
            .Course("DDD", "2013B").Course("DDD", "2013J")
            .Assessment("DDD", "2013B", 1, "Exam").Assessment("DDD", "2013J", 2, "Exam");
        for (var student = 1; student <= 20; student++)
        {
            fixture.Submission(1, student, "230", score: student <= 10 ? "70" : "10");
            fixture.Submission(2, 100 + student, "240", score: student <= 18 ? "70" : "10");
        }

        using (fixture)
        {
            var result = SemestersAnalysis.Compute(FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions()));

            Assert.NotNull(result.CompletionTest);
            Assert.Equal(160.0 / 21, result.CompletionTest.Statistic, 10);
            Assert.Equal(0.005775498089305212, result.CompletionTest.PValue, 12);
            Assert.True(result.CompletionTest.Significant);
        }
    }

    [Fact]
    public void ChartsShowPresentations()
    {
        var result = Compute();

        var completion = SemestersChart.RenderCompletion(result, ChartContexts.English());
        var examDay = SemestersChart.RenderExamDay(result, ChartContexts.English());

        Assert.NotNull(completion);
        Assert.NotNull(examDay);
        Assert.Contains("66.7%", completion.Svg, StringComparison.Ordinal);
        Assert.Contains("247.0", examDay.Svg, StringComparison.Ordinal);
    }
}
