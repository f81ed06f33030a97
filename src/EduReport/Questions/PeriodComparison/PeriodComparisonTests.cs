using EduReport.Analyse;
using EduReport.Check;
using EduReport.Facts;
using EduReport.Load;
using EduReport.Periods;
using EduReport.Problems;
using EduReport.Tests.Support;

namespace EduReport.Questions.PeriodComparison;

public sealed class PeriodComparisonTests
{
    // DDD runs in 2013J and 2014J; EEE runs only in 2014J. Each course has a TMA due on day 20 and an
    // exam due on day 240; exam submissions are made on day 200, before the exam's date.
    //
    // DDD 2013J: students 1 to 4 register and student 4 leaves on day 15 (churn 1/4).
    //   TMA: student 1 on day 18 (on time), 2 on day 25 (late), 3 on day 20 (on time).
    //   Exam: 1 scores 80 (passes), 2 scores 30, 3 scores 35: 1 of 3 passed, mean score 145/3.
    //   Late share 1/6 (the three TMA and three exam submissions have a date); 1 of 4 students passed one course.
    // DDD 2014J: students 5 to 9 register; 8 leaves on day -5 and 9 on day 30 (churn 2/5).
    //   TMA: student 5 on day 22 (late), 6 on day 30 (late), 7 on day 19 (on time).
    //   Exam: 5 scores 90, 6 scores 35, 7 scores 60: 2 of 3 passed, mean score 185/3.
    //   Late share 2/6; 2 of 5 students (5 and 7) passed one course.
    // EEE 2014J: students 5 and 10 register, 10 leaves on day 40; student 5 fails its exam with 20.
    private static OuladFixture Fixture() => new OuladFixture()
        .Course("DDD", "2013J").Course("DDD", "2014J").Course("EEE", "2014J")
        .Assessment("DDD", "2013J", 1, "TMA", "20").Assessment("DDD", "2013J", 2, "Exam", "240")
        .Assessment("DDD", "2014J", 3, "TMA", "20").Assessment("DDD", "2014J", 4, "Exam", "240")
        .Assessment("EEE", "2014J", 5, "Exam", "250")
        .Registration("DDD", "2013J", 1).Registration("DDD", "2013J", 2).Registration("DDD", "2013J", 3)
        .Registration("DDD", "2013J", 4, unregistered: "15")
        .Registration("DDD", "2014J", 5).Registration("DDD", "2014J", 6).Registration("DDD", "2014J", 7)
        .Registration("DDD", "2014J", 8, unregistered: "-5").Registration("DDD", "2014J", 9, unregistered: "30")
        .Registration("EEE", "2014J", 5).Registration("EEE", "2014J", 10, unregistered: "40")
        .Submission(1, 1, "18", score: "60").Submission(1, 2, "25", score: "50").Submission(1, 3, "20", score: "70")
        .Submission(2, 1, score: "80").Submission(2, 2, score: "30").Submission(2, 3, score: "35")
        .Submission(3, 5, "22", score: "70").Submission(3, 6, "30", score: "40").Submission(3, 7, "19", score: "90")
        .Submission(4, 5, score: "90").Submission(4, 6, score: "35").Submission(4, 7, score: "60")
        .Submission(5, 5, score: "20");

    private static ReportResults Run(string period, OuladFixture? fixture = null, Definitions? definitions = null)
    {
        using var owned = fixture is null ? Fixture() : null;
        var dataset = DatasetLoader.Load((fixture ?? owned!).Write()).Dataset;
        var check = DataChecker.Run(dataset, new ProblemLog());
        var facts = PeriodFacts.Build(check.Dataset, PeriodSelector.Select(period, check.Dataset), definitions ?? new Definitions());
        return Analyser.Run(facts, check, ShippedSettings.Analysis);
    }

    [Fact]
    public void SectionsDescribeOnlyPeriod()
    {
        // 2014J: DDD 2014J and EEE 2014J, students 5 to 10, 7 registrations. Students 5 and 7 passed one course each.
        var results = Run("2014J");

        Assert.Equal(["2014J"], results.Period.Presentations);
        Assert.Equal(2, results.Dataset.Courses);
        Assert.Equal(6, results.Dataset.Students);
        Assert.Equal(7, results.Dataset.Registrations);
        Assert.Equal("2014J", results.Dataset.FirstPresentation);
        Assert.Equal(2, results.SingleCoursePassers.Students);
        Assert.Equal(6, results.SingleCoursePassers.TotalStudents);
        Assert.Equal(["2014J"], results.Semesters.Table.Select(r => r.Presentation));
        Assert.Equal(["DDD", "EEE"], results.CourseComparison.Courses.Select(r => r.Module));
    }

    [Fact]
    public void DataQualityCoversWholeFiles()
    {
        // The report on 2014J still checks the 2013J rows: its data-quality section describes the files.
        var results = Run("2014J");

        Assert.Equal(3, results.DataQuality.Summary.Courses);
    }

    [Fact]
    public void TotalsCompareSameModules()
    {
        // EEE is new in 2014J, so the totals compare DDD 2014J with DDD 2013J only.
        var comparison = Run("2014J").PeriodComparison;

        Assert.Equal(ComparisonStatus.Compared, comparison.Status);
        Assert.Equal(["2013J"], comparison.PreviousPresentations);
        Assert.Equal(["EEE"], comparison.NewModules);
        var basis = Assert.Single(comparison.ComparedWith);
        Assert.Equal(["2013J"], basis.PreviousPresentations);
        Assert.Equal(["DDD"], basis.Modules);
        Assert.Equal(new CountChange(5, 4, 1), comparison.Students);
        Assert.Equal(new CountChange(5, 4, 1), comparison.Registrations);
        Assert.Equal(new CountChange(1, 1, 0), comparison.Courses);
    }

    [Fact]
    public void RatesHaveCurrentPreviousAndDelta()
    {
        var comparison = Run("2014J").PeriodComparison;

        AssertRate(comparison.CompletionRate, 2, 3, 1, 3);
        AssertRate(comparison.ChurnRate, 2, 5, 1, 4);
        AssertRate(comparison.LateShare, 2, 6, 1, 6);
        AssertRate(comparison.SingleCoursePassers, 2, 5, 1, 4);
        Assert.Equal(185.0 / 3, comparison.MeanExamScore.Current!.Value, 12);
        Assert.Equal(145.0 / 3, comparison.MeanExamScore.Previous!.Value, 12);
        Assert.Equal(40.0 / 3, comparison.MeanExamScore.Delta!.Value, 12);

        // Every expected count is below 5, so no rate is tested, and none is significant.
        Assert.Null(comparison.CompletionRate.Test);
        Assert.False(comparison.CompletionRate.Significant);
    }

    [Fact]
    public void ModuleRowsIncludeNewModule()
    {
        var modules = Run("2014J").PeriodComparison.Modules;

        Assert.Equal(["DDD", "EEE"], modules.Select(m => m.Module));
        var ddd = modules[0];
        Assert.Equal(["2014J"], ddd.Presentations);
        Assert.Equal(["2013J"], ddd.PreviousPresentations);
        Assert.Equal(new CountChange(5, 4, 1), ddd.Registrations);
        AssertRate(ddd.CompletionRate, 2, 3, 1, 3);
        AssertRate(ddd.ChurnRate, 2, 5, 1, 4);
        Assert.Equal(40.0 / 3, ddd.MeanExamScore.Delta!.Value, 12);

        // EEE: 2 registrations, 1 left; 0 of 1 exam attempt passed; nothing to compare with.
        var eee = modules[1];
        Assert.True(eee.IsNew);
        Assert.Equal(new CountChange(2, null, null), eee.Registrations);
        Assert.Equal(0, eee.CompletionRate.Current);
        Assert.Equal(0.5, eee.ChurnRate.Current);
        Assert.Null(eee.ChurnRate.Previous);
        Assert.Null(eee.ChurnRate.Delta);
    }

    [Fact]
    public void ChurnAfterStartChangesBothSides()
    {
        // Only unregistrations after day 0 count: DDD 2014J keeps student 9 (day 30), 1/5; DDD 2013J keeps student 4 (day 15), 1/4.
        var comparison = Run("2014J", definitions: new Definitions { ChurnAfterStartOnly = true }).PeriodComparison;

        AssertRate(comparison.ChurnRate, 1, 5, 1, 4);
    }

    [Fact]
    public void FirstPeriodHasNothingToCompare()
    {
        // DDD starts in 2013J, the earliest presentation in the data.
        var comparison = Run("2013J").PeriodComparison;

        Assert.Equal(ComparisonStatus.FirstPeriod, comparison.Status);
        Assert.False(comparison.Compared);
        Assert.Empty(comparison.ComparedWith);
        Assert.Empty(comparison.NewModules);
        Assert.Equal(new CountChange(4, null, null), comparison.Students);
        Assert.Equal(1.0 / 3, comparison.CompletionRate.Current!.Value, 12);
        Assert.Null(comparison.CompletionRate.Delta);
        Assert.Null(Assert.Single(comparison.Modules).CompletionRate.Previous);
    }

    [Theory]
    [InlineData("all")]
    [InlineData("2013J..2014J")]
    public void WholeDataHasNothingToCompare(string period)
    {
        var comparison = Run(period).PeriodComparison;

        Assert.Equal(ComparisonStatus.WholeData, comparison.Status);
        Assert.Equal(new CountChange(10, null, null), comparison.Students);
    }

    [Fact]
    public void ChurnChangeIsTested()
    {
        // DDD 2013J: 20 registrations, 4 leave (0.2). DDD 2014J: 20 registrations, 10 leave (0.5).
        // Pooled churn 14/40 = 0.35, so every expected count is 7 or 13:
        // X² = 2 × (3² / 7) + 2 × (3² / 13) = 18/7 + 18/13 = 3.956044; p = erfc(√(X² / 2)) = 0.046703.
        using var fixture = new OuladFixture().Course("DDD", "2013J").Course("DDD", "2014J");
        for (var student = 1; student <= 20; student++)
        {
            fixture.Registration("DDD", "2013J", student, unregistered: student <= 4 ? "10" : "");
            fixture.Registration("DDD", "2014J", 100 + student, unregistered: student <= 10 ? "10" : "");
        }

        var comparison = Run("2014J", fixture).PeriodComparison;

        var test = comparison.ChurnRate.Test!;
        Assert.Equal(18.0 / 7 + 18.0 / 13, test.Statistic, 9);
        Assert.Equal(0.046703, test.PValue, 6);
        Assert.True(comparison.ChurnRate.Significant);

        // One module is tested on churn, so its Holm-adjusted p-value is its own.
        var ddd = Assert.Single(comparison.Modules);
        Assert.Equal(test.PValue, ddd.ChurnRate.AdjustedPValue!.Value, 12);
        Assert.True(ddd.ChurnRate.Significant);
    }

    private static void AssertRate(RateChange rate, int count, int total, int previousCount, int previousTotal)
    {
        Assert.Equal((count, total, previousCount, previousTotal), (rate.CurrentCount, rate.CurrentTotal, rate.PreviousCount, rate.PreviousTotal));
        Assert.Equal((double)count / total, rate.Current!.Value, 12);
        Assert.Equal((double)previousCount / previousTotal, rate.Previous!.Value, 12);
        Assert.Equal(((double)count / total) - ((double)previousCount / previousTotal), rate.Delta!.Value, 12);
    }
}
