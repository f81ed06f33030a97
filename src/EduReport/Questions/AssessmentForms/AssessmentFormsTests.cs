using EduReport.Facts;
using EduReport.Load;
using EduReport.Tests.Support;

namespace EduReport.Questions.AssessmentForms;

public sealed class AssessmentFormsTests
{
    // AAA 2014J: TMA 1 (deadline day 20, weight 40), CMA 2 (day 30, weight 60), exam 3 (day 240).
    // BBB 2014J: TMA 4 (no deadline, weight 100) and exam 5, which nobody sat.
    //   student  TMA (day, score)  CMA (day, score)  exam   weighted coursework
    //   1        15, 80            35, 60 (late)     70     (80×40 + 60×60) / 100 = 68
    //   2        25, 30 (late)     30, 50            35     (30×40 + 50×60) / 100 = 42
    //   3        20, 90            29, 100           90     (90×40 + 100×60) / 100 = 96
    //   4        21, 20 (late)     31, 30 (late)     45     (20×40 + 30×60) / 100 = 26
    //   5        -                 -                 60     undefined: no weights
    // On BBB, student 6 scores 50 on the TMA, 7 scores 39, 8 scores 70 and unregistered, 9 submits nothing.
    private static OuladFixture Fixture() => new OuladFixture()
        .Course("AAA", "2014J").Course("BBB", "2014J")
        .Assessment("AAA", "2014J", 1, "TMA", "20", "40")
        .Assessment("AAA", "2014J", 2, "CMA", "30", "60")
        .Assessment("AAA", "2014J", 3, "Exam", "240")
        .Assessment("BBB", "2014J", 4, "TMA", "", "100")
        .Assessment("BBB", "2014J", 5, "Exam")
        .Registration("AAA", "2014J", 1).Registration("AAA", "2014J", 2).Registration("AAA", "2014J", 3)
        .Registration("AAA", "2014J", 4).Registration("AAA", "2014J", 5)
        .Registration("BBB", "2014J", 6).Registration("BBB", "2014J", 7)
        .Registration("BBB", "2014J", 8, unregistered: "10").Registration("BBB", "2014J", 9)
        .Submission(1, 1, "15", score: "80").Submission(1, 2, "25", score: "30").Submission(1, 3, "20", score: "90").Submission(1, 4, "21", score: "20")
        .Submission(2, 1, "35", score: "60").Submission(2, 2, "30", score: "50").Submission(2, 3, "29", score: "100").Submission(2, 4, "31", score: "30")
        .Submission(3, 1, score: "70").Submission(3, 2, score: "35").Submission(3, 3, score: "90").Submission(3, 4, score: "45").Submission(3, 5, score: "60")
        .Submission(4, 6, "50", score: "50").Submission(4, 7, "50", score: "39").Submission(4, 8, "5", score: "70");

    private static AssessmentFormsResult Compute()
    {
        using var fixture = Fixture();
        var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions());
        return AssessmentFormsAnalysis.Compute(facts);
    }

    [Fact]
    public void FormsMatchHandCounts()
    {
        var forms = Compute().Forms.ToDictionary(f => f.Form);

        // TMA: seven scores 80 30 90 20 50 39 70, three below 40; on AAA two of four were late.
        Assert.Equal(2, forms[AssessmentType.Tma].Assessments);
        Assert.Equal(7, forms[AssessmentType.Tma].Submissions);
        Assert.Equal(379.0 / 7, forms[AssessmentType.Tma].MeanScore!.Value, 12);
        Assert.Equal(3.0 / 7, forms[AssessmentType.Tma].FailRate!.Value, 12);
        Assert.Equal(4, forms[AssessmentType.Tma].SubmissionsWithDeadline);
        Assert.Equal(0.5, forms[AssessmentType.Tma].LateShare);

        // CMA: 60 50 100 30, one below 40, two late (day 30 on a deadline of 30 is on time).
        Assert.Equal(60, forms[AssessmentType.Cma].MeanScore);
        Assert.Equal(0.25, forms[AssessmentType.Cma].FailRate);
        Assert.Equal(0.5, forms[AssessmentType.Cma].LateShare);

        // Exam: two listed, five attempts 70 35 90 45 60, one below 40, none late.
        Assert.Equal(2, forms[AssessmentType.Exam].Assessments);
        Assert.Equal(60, forms[AssessmentType.Exam].MeanScore);
        Assert.Equal(0.2, forms[AssessmentType.Exam].FailRate);
        Assert.Equal(0, forms[AssessmentType.Exam].LateShare);
    }

    [Fact]
    public void CountsStudentsWithLateSubmission()
    {
        // Students 1 (CMA), 2 (TMA) and 4 (both).
        Assert.Equal(3, Compute().StudentsWithLateSubmission);
    }

    [Fact]
    public void FindsCoursesWithoutExamResults()
    {
        var courses = Compute().CoursesWithoutExamResults;

        Assert.Equal(1, courses.Courses);
        Assert.Equal(2, courses.TotalCourses);
        Assert.Equal(0.5, courses.Share);
        Assert.Equal(1, courses.WithExamListed);
        Assert.Equal(4, courses.Students);
        Assert.Equal(["BBB 2014J"], courses.List.Select(c => c.Code));
    }

    [Fact]
    public void CorrelationMatchesHandValues()
    {
        var correlation = Compute().Correlation;

        // Pairs (68, 70), (42, 35), (96, 90), (26, 45); means 58 and 60. Deviations give
        // Σdx·dy = 100 + 400 + 1140 + 480 = 2120, Σdx² = 2824 and Σdy² = 1850.
        Assert.Equal(4, correlation.Pairs);
        Assert.Equal(5, correlation.EnrolmentsWithExam);
        Assert.Equal(1, correlation.WithoutCourseworkScore);
        Assert.Equal(2120 / Math.Sqrt(2824.0 * 1850), correlation.Pearson!.Value, 12);
        // Ranks: coursework 3 2 4 1, exam 3 1 4 2; Σd² = 2, so ρ = 1 - 6 × 2 / (4 × 15) = 0.8.
        Assert.Equal(0.8, correlation.Spearman!.Value, 12);
        Assert.InRange(correlation.Pearson.Value, correlation.PearsonInterval!.Lower, correlation.PearsonInterval.Upper);
    }

    [Fact]
    public void PassRateByQuartileMatchesHandValues()
    {
        var quartiles = Compute().PassRateByQuartile;

        // Sorted coursework 26 42 68 96; with four bins the boundaries are the values at positions 1, 2, 3.
        Assert.Equal([null, 42.0, 68.0, 96.0], quartiles.Select(q => q.AtLeast));
        Assert.Equal([1, 1, 1, 1], quartiles.Select(q => q.Enrolments));
        // Student 4 (26) passed, 2 (42) failed, 1 (68) and 3 (96) passed.
        Assert.Equal([1, 0, 1, 1], quartiles.Select(q => q.Passed));
    }

    [Fact]
    public void WhatIfMatchesHandValues()
    {
        var whatIf = Compute().WhatIf;

        // BBB: four enrolments, three with coursework; 50 and 70 reach 40, and the 70 unregistered.
        Assert.Equal(4, whatIf.Enrolments);
        Assert.Equal(3, whatIf.WithCourseworkScore);
        Assert.Equal(1, whatIf.WithoutCourseworkScore);
        Assert.Equal(2, whatIf.WouldComplete);
        Assert.Equal(2, whatIf.WouldCompleteStudents);
        Assert.Equal(1, whatIf.WouldCompleteUnregistered);

        // Rule against exam: 1 and 3 both pass, 2 passes the rule (42) but fails (35), 4 fails the
        // rule (26) but passes (45). Observed agreement 2/4; chance (3×3 + 1×1) / 16 = 0.625;
        // kappa = (0.5 - 0.625) / (1 - 0.625) = -1/3.
        var matrix = whatIf.Agreement;
        Assert.Equal([2, 1, 1, 0], [matrix.BothPass, matrix.CourseworkPassExamFail, matrix.CourseworkFailExamPass, matrix.BothFail]);
        Assert.Equal(0.5, matrix.Accuracy);
        Assert.Equal(-1.0 / 3, matrix.Kappa!.Value, 12);
    }

    [Fact]
    public void WilsonIntervalMatchesHandValue()
    {
        // 5 of 10 with z = 1.959964: centre 0.5, half-width z / (1 + z²/10) × √(0.025 + z²/400) = 0.263408.
        var interval = Proportions.Wilson(5, 10)!;

        Assert.Equal(0.236592, interval.Lower, 5);
        Assert.Equal(0.763408, interval.Upper, 5);
        Assert.Null(Proportions.Wilson(0, 0));
    }

    [Fact]
    public void NoDataGivesNoCorrelation()
    {
        using var fixture = new OuladFixture();
        var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions());

        var result = AssessmentFormsAnalysis.Compute(facts);

        Assert.Null(result.Correlation.Pearson);
        Assert.Empty(result.PassRateByQuartile);
        Assert.Equal(0, result.WhatIf.Agreement.Total);
        Assert.Null(result.WhatIf.Agreement.Kappa);
    }
}
