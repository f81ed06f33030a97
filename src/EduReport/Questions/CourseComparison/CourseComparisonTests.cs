using EduReport.Facts;
using EduReport.Load;
using EduReport.Tests.Support;

namespace EduReport.Questions.CourseComparison;

public sealed class CourseComparisonTests
{
    // Three courses, each with a TMA due on day 50:
    // AAA 2013J: students 1–40 register; 1–2 leave on day −10 and 3–4 on day 20. All 40 sit the exam on
    //   day 240: 1–36 score 70 (pass), 37–40 score 30. All submit the TMA (score 80), 1–8 late on day 55.
    // BBB 2013J: students 101–140 register; 101–120 leave on day 10. All 40 sit the exam on day 250:
    //   101–120 score 60, 121–140 score 20. All submit the TMA (score 50), 101–120 late on day 52.
    // CCC 2013J: students 201–220 register, 201–202 leave on day 5. No exam. All submit the TMA
    //   (score 90), 201–202 late on day 51.
    private static OuladFixture Fixture()
    {
        var fixture = new OuladFixture()
            .Course("AAA", "2013J").Course("BBB", "2013J").Course("CCC", "2013J")
            .Assessment("AAA", "2013J", 1, "Exam").Assessment("BBB", "2013J", 2, "Exam")
            .Assessment("AAA", "2013J", 11, "TMA", "50").Assessment("BBB", "2013J", 12, "TMA", "50").Assessment("CCC", "2013J", 13, "TMA", "50");
        for (var student = 1; student <= 40; student++)
        {
            var unregistered = student switch
            {
                <= 2 => "-10",
                <= 4 => "20",
                _ => "",
            };
            fixture.Registration("AAA", "2013J", student, unregistered: unregistered);
            fixture.Submission(1, student, "240", score: student <= 36 ? "70" : "30");
            fixture.Submission(11, student, student <= 8 ? "55" : "45", score: "80");
        }

        for (var student = 101; student <= 140; student++)
        {
            fixture.Registration("BBB", "2013J", student, unregistered: student <= 120 ? "10" : "");
            fixture.Submission(2, student, "250", score: student <= 120 ? "60" : "20");
            fixture.Submission(12, student, student <= 120 ? "52" : "45", score: "50");
        }

        for (var student = 201; student <= 220; student++)
        {
            fixture.Registration("CCC", "2013J", student, unregistered: student <= 202 ? "5" : "");
            fixture.Submission(13, student, student <= 202 ? "51" : "45", score: "90");
        }

        return fixture;
    }

    private static CourseComparisonResult Compute(Definitions definitions)
    {
        using var fixture = Fixture();
        return CourseComparisonAnalysis.Compute(FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, definitions));
    }

    [Fact]
    public void RowsMatchHandCount()
    {
        var result = Compute(new Definitions());

        Assert.Equal(["AAA", "BBB", "CCC"], result.Courses.Select(c => c.Module));
        var aaa = result.Courses[0];
        Assert.Equal("2013J", aaa.Presentation);
        Assert.Equal(40, aaa.Registrations);
        Assert.Equal(2, aaa.UnregistrationsBeforeStart);
        Assert.Equal(2, aaa.UnregistrationsAfterStart);
        Assert.Equal(0.1, aaa.ChurnRate!.Value, 12);
        Assert.Equal(40, aaa.ExamAttempts);
        Assert.Equal(0.9, aaa.CompletionRate!.Value, 12);

        // (36 · 70 + 4 · 30) / 40 = 66.
        Assert.Equal(66, aaa.MeanExamScore!.Value, 12);
        Assert.Equal(240, aaa.MeanPassDay!.Value, 12);
        Assert.Equal(36, aaa.PassDayStudents);
        Assert.Equal(80, aaa.MeanCourseworkScore!.Value, 12);
        Assert.Equal(0.2, aaa.LateShare!.Value, 12);
    }

    [Fact]
    public void CourseWithoutExamHasNoExamFigures()
    {
        var ccc = Compute(new Definitions()).Courses[2];

        Assert.Equal(0, ccc.ExamAttempts);
        Assert.Null(ccc.CompletionRate);
        Assert.Null(ccc.CompletionCiLow);
        Assert.Null(ccc.MeanExamScore);
        Assert.Null(ccc.MeanPassDay);
        Assert.Null(ccc.CompletionFlag);
        Assert.Equal(90, ccc.MeanCourseworkScore!.Value, 12);
    }

    [Fact]
    public void TotalCombinesAllCourses()
    {
        // Churn 26/100; completion 56/80; exam score (2640 + 1600)/80 = 53; pass day
        // (36 · 240 + 20 · 250)/56 = 243.5714; coursework (3200 + 2000 + 1800)/100 = 70; late 30/100.
        var total = Compute(new Definitions()).Total;

        Assert.Equal(100, total.Registrations);
        Assert.Equal(0.26, total.ChurnRate!.Value, 12);
        Assert.Equal(0.7, total.CompletionRate!.Value, 12);
        Assert.Equal(53, total.MeanExamScore!.Value, 12);
        Assert.Equal(13_640.0 / 56, total.MeanPassDay!.Value, 12);
        Assert.Equal(70, total.MeanCourseworkScore!.Value, 12);
        Assert.Equal(0.3, total.LateShare!.Value, 12);
        Assert.Null(total.ChurnFlag);
    }

    [Fact]
    public void ChurnFlagsUseHolmCorrection()
    {
        // Each course against the rest (Python, Pearson X² and math.erfc, then Holm over 3 tests):
        // AAA 4/40 against 22/60: X² 8.8704, p 0.0028983, adjusted 0.0057966, lower.
        // BBB 20/40 against 6/60: X² 19.9584, p 7.9145e-6, adjusted 2.3743e-5, higher.
        // CCC 2/20 against 24/80: X² 3.3264, p 0.068176, adjusted 0.068176, not significant.
        var result = Compute(new Definitions());
        var flags = result.Courses.Select(c => c.ChurnFlag!).ToArray();

        Assert.Equal(8.87040887040887, flags[0].Statistic, 9);
        Assert.Equal(0.002898302198751666, flags[0].PValue, 12);
        Assert.Equal(0.005796604397503332, flags[0].AdjustedPValue, 12);
        Assert.Equal(Difference.Lower, flags[0].Direction);
        Assert.True(flags[0].Significant);
        Assert.Equal(22.0 / 60, flags[0].RateOfRest, 12);
        Assert.Equal(2.37433958221307e-05, flags[1].AdjustedPValue, 14);
        Assert.Equal(Difference.Higher, flags[1].Direction);
        Assert.True(flags[1].Significant);
        Assert.Equal(0.06817580944524335, flags[2].AdjustedPValue, 12);
        Assert.False(flags[2].Significant);
    }

    [Fact]
    public void CorrectionRemovesBorderlineFlag()
    {
        // Late shares (Python, as above): AAA 8/40 p 0.074791; BBB 20/40 p 0.00036597, adjusted 0.0010979;
        // CCC 2/20 against 28/80 p 0.029096, below 0.05 alone but 0.058193 after the Holm correction.
        var result = Compute(new Definitions());
        var ccc = result.Courses[2].LateFlag!;

        Assert.Equal(0.02909633174125221, ccc.PValue, 12);
        Assert.Equal(0.05819266348250442, ccc.AdjustedPValue, 12);
        Assert.False(ccc.Significant);
        Assert.True(result.Courses[1].LateFlag!.Significant);
    }

    [Fact]
    public void CompletionFlagsTestOnlyCoursesWithExams()
    {
        // AAA 36/40 against BBB 20/40 and back: X² 15.2381, p 9.4772e-5, adjusted over 2 tests 1.8954e-4.
        var result = Compute(new Definitions());

        Assert.Equal(0.00018954450279584553, result.Courses[0].CompletionFlag!.AdjustedPValue, 14);
        Assert.Equal(Difference.Higher, result.Courses[0].CompletionFlag!.Direction);
        Assert.Equal(Difference.Lower, result.Courses[1].CompletionFlag!.Direction);
        Assert.Equal(new FlagCounts(2, 2, 1), result.Flagged);
        Assert.Equal(2, result.FlaggedCourses);
    }

    [Fact]
    public void RanksCompletionAmongCoursesWithEnoughAttempts()
    {
        var result = Compute(new Definitions());

        Assert.Equal("BBB", result.LowestCompletion?.Module);
        Assert.Equal("AAA", result.HighestCompletion?.Module);
        Assert.Null(Compute(new Definitions { MinAttemptsToRank = 41 }).LowestCompletion);
    }

    [Fact]
    public void ChurnAfterStartOnlyLeavesEarlyLeaversOut()
    {
        var aaa = Compute(new Definitions { ChurnAfterStartOnly = true }).Courses[0];

        Assert.Equal(2, aaa.Unregistrations);
        Assert.Equal(0.05, aaa.ChurnRate!.Value, 12);
    }

    [Fact]
    public void HigherSignificanceLevelKeepsBorderlineFlag()
    {
        var result = Compute(new Definitions { SignificanceLevel = 0.1 });

        Assert.True(result.Courses[2].LateFlag!.Significant);
        Assert.Equal(0.1, result.SignificanceLevel);
    }

    [Fact]
    public void ModuleScopeCombinesPresentations()
    {
        // AAA in two presentations, 2 and 1 registrations, one of which leaves: one row, churn 1/3.
        using var fixture = new OuladFixture()
            .Course("AAA", "2013J").Course("AAA", "2014J").Course("BBB", "2014J")
            .Registration("AAA", "2013J", 1).Registration("AAA", "2013J", 2, unregistered: "15").Registration("AAA", "2014J", 1)
            .Registration("BBB", "2014J", 3);
        var result = CourseComparisonAnalysis.Compute(FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions { CourseScope = CourseScope.Module }));

        Assert.Equal(CourseScope.Module, result.Unit);
        Assert.Equal(["AAA", "BBB"], result.Courses.Select(c => c.Module));
        Assert.Null(result.Courses[0].Presentation);
        Assert.Equal(3, result.Courses[0].Registrations);
        Assert.Equal(1.0 / 3, result.Courses[0].ChurnRate!.Value, 12);
    }

    [Fact]
    public void HeatMapShowsEveryCourseAndValue()
    {
        var chart = CourseComparisonChart.Render(Compute(new Definitions()), ChartContexts.English());

        Assert.NotNull(chart);
        Assert.Contains("AAA 2013J", chart.Svg, StringComparison.Ordinal);
        Assert.Contains("CCC 2013J", chart.Svg, StringComparison.Ordinal);
        Assert.Contains("90.0%", chart.Svg, StringComparison.Ordinal);
        Assert.Contains("—", chart.Svg, StringComparison.Ordinal);
    }

    [Fact]
    public void NoCoursesGiveNoHeatMap()
    {
        using var fixture = new OuladFixture();
        var result = CourseComparisonAnalysis.Compute(FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions()));

        Assert.Empty(result.Courses);
        Assert.Null(CourseComparisonChart.Render(result, ChartContexts.English()));
    }
}
