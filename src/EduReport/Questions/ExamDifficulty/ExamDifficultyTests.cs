using EduReport.Facts;
using EduReport.Load;
using EduReport.Tests.Support;

namespace EduReport.Questions.ExamDifficulty;

public sealed class ExamDifficultyTests
{
    // Exam 1 (DDD 2013B): student 1 scores exactly 40 (pass), student 2 fails with 39 and retakes with 60
    //   (pass), student 3 scores 75 (pass): 4 attempts, 3 passed, rate 0.75.
    // Exam 2 (DDD 2014J): student 1 scores 80 (pass), student 4 has no score (no attempt), student 5
    //   scores 20: 2 attempts, 1 passed, rate 0.5.
    // Exam 3 (AAA 2013J) has one submission without a score, exam 4 (BBB 2013J) none: no attempts.
    // A TMA of AAA 2013J is no exam and never appears. Course BBB 2014J has no exam at all.
    private static OuladFixture Fixture() => new OuladFixture()
        .Course("DDD", "2013B").Course("DDD", "2014J").Course("AAA", "2013J").Course("BBB", "2013J").Course("BBB", "2014J")
        .Assessment("DDD", "2013B", 1, "Exam").Assessment("DDD", "2014J", 2, "Exam")
        .Assessment("AAA", "2013J", 3, "Exam").Assessment("BBB", "2013J", 4, "Exam")
        .Assessment("AAA", "2013J", 5, "TMA", "20", "50")
        .Submission(1, 1, score: "40").Submission(1, 2, score: "39").Submission(1, 2, score: "60").Submission(1, 3, score: "75")
        .Submission(2, 1, score: "80").Submission(2, 4, score: "").Submission(2, 5, score: "20")
        .Submission(3, 6, score: "")
        .Submission(5, 6, score: "90");

    private static ExamDifficultyResult Compute(int minAttempts)
    {
        using var fixture = Fixture();
        var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions { MinAttemptsToRank = minAttempts });
        return ExamDifficultyAnalysis.Compute(facts);
    }

    [Fact]
    public void ListsAttemptedExamsHardestFirst()
    {
        var result = Compute(minAttempts: 1);

        Assert.Equal([2, 1], result.Exams.Select(e => e.IdAssessment));
        var exam1 = result.Exams[1];
        Assert.Equal(("DDD", "2013B"), (exam1.Module, exam1.Presentation));
        Assert.Equal(4, exam1.Attempts);
        Assert.Equal(3, exam1.Passed);
        Assert.Equal(0.75, exam1.PassRate, 12);

        // Wilson 95% interval of 3 of 4 (Python, see StatisticsTests): 0.30064 to 0.95441.
        Assert.Equal(0.300641842582402, exam1.CiLow, 9);
        Assert.Equal(0.9544127391902995, exam1.CiHigh, 9);

        // Mean score over the four attempts: (40 + 39 + 60 + 75) / 4 = 53.5.
        Assert.Equal(53.5, exam1.MeanScore, 12);
    }

    [Fact]
    public void RanksHardestAndEasiest()
    {
        var result = Compute(minAttempts: 1);

        Assert.Equal(2, result.Hardest?.IdAssessment);
        Assert.Equal(1, result.Easiest?.IdAssessment);
        Assert.Equal(2, result.RankedExams);
    }

    [Fact]
    public void MinimumAttemptsLeavesExamsUnranked()
    {
        // Exam 2 has 2 attempts, fewer than 3, so only exam 1 is ranked and it is both hardest and easiest.
        var result = Compute(minAttempts: 3);

        Assert.Equal(1, result.RankedExams);
        Assert.Equal(1, result.Hardest?.IdAssessment);
        Assert.Equal(1, result.Easiest?.IdAssessment);
        Assert.False(result.Exams.Single(e => e.IdAssessment == 2).Ranked);
        Assert.Null(result.HardestVsEasiest);
    }

    [Fact]
    public void NoRankedExamGivesNoHardest()
    {
        var result = Compute(minAttempts: 5);

        Assert.Null(result.Hardest);
        Assert.Null(result.Easiest);
        Assert.Equal(2, result.Exams.Count);
    }

    [Fact]
    public void ExamsWithoutAttemptsAreListedApart()
    {
        var result = Compute(minAttempts: 1);

        Assert.Equal([3, 4], result.ExamsWithoutAttempts);
        Assert.DoesNotContain(result.Exams, e => e.IdAssessment is 3 or 4);
        Assert.Equal(1, result.ExamsWithoutAttemptsDetails[0].Submissions);
        Assert.Equal(0, result.ExamsWithoutAttemptsDetails[1].Submissions);
        Assert.Equal("BBB", result.ExamsWithoutAttemptsDetails[1].Module);
    }

    [Fact]
    public void OverallRateCombinesAllExams()
    {
        // 4 + 2 = 6 attempts, 3 + 1 = 4 passed, over 4 exams in assessments.csv.
        var result = Compute(minAttempts: 1);

        Assert.Equal(4, result.Overall.Exams);
        Assert.Equal(6, result.Overall.Attempts);
        Assert.Equal(4, result.Overall.Passed);
        Assert.Equal(4.0 / 6, result.Overall.PassRate!.Value, 12);
    }

    [Fact]
    public void SmallSamplesAreNotTested()
    {
        // 1 of 2 against 3 of 4: pooled 4/6, so expected failures are 2/3 and 4/3, below 5.
        var result = Compute(minAttempts: 1);

        Assert.Null(result.HardestVsEasiest);
    }

    [Fact]
    public void HigherThresholdFailsScoreOfForty()
    {
        using var fixture = Fixture();
        var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions { MinAttemptsToRank = 1, PassThreshold = 41 });

        var result = ExamDifficultyAnalysis.Compute(facts);

        // Student 1's 40 no longer passes exam 1: 2 of 4.
        Assert.Equal(2, result.Exams.Single(e => e.IdAssessment == 1).Passed);
    }

    [Fact]
    public void ChartShowsEveryAttemptedExam()
    {
        var chart = ExamDifficultyChart.Render(Compute(minAttempts: 1), ChartContexts.English());

        Assert.NotNull(chart);
        Assert.Contains("DDD 2013B (1)", chart.Svg, StringComparison.Ordinal);
        Assert.Contains("DDD 2014J (2)", chart.Svg, StringComparison.Ordinal);
        Assert.Contains("75.0%", chart.Svg, StringComparison.Ordinal);
    }

    [Fact]
    public void ChartIsNullWithoutAttempts()
    {
        using var fixture = new OuladFixture().Course("AAA", "2013J").Assessment("AAA", "2013J", 1, "Exam");
        var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions());

        var result = ExamDifficultyAnalysis.Compute(facts);

        Assert.Empty(result.Exams);
        Assert.Equal([1], result.ExamsWithoutAttempts);
        Assert.Null(ExamDifficultyChart.Render(result, ChartContexts.English()));
    }
}
