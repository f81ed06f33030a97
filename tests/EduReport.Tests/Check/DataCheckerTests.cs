using EduReport.Check;
using EduReport.Load;
using EduReport.Problems;
using EduReport.Tests.Support;

namespace EduReport.Tests.Check;

/// <summary>The semantic checks, each on a fixture whose problems are counted by hand in the comments.</summary>
public sealed class DataCheckerTests
{
    [Fact]
    public void RepeatedRowsAreCountedOnce()
    {
        // studentAssessment.csv: line 2 and line 3 are the same row (a warning); lines 4 and 5 have
        // the same assessment and student with scores 50 and 60 (an error). Lines 3 and 5 are dropped.
        using var fixture = new OuladFixture()
            .Course("DDD", "2013B")
            .Assessment("DDD", "2013B", 1, "TMA", "20", "100")
            .Registration("DDD", "2013B", 11).Registration("DDD", "2013B", 12).Registration("DDD", "2013B", 12)
            .Submission(1, 11, "18", score: "78").Submission(1, 11, "18", score: "78")
            .Submission(1, 12, "18", score: "50").Submission(1, 12, "18", score: "60");

        var result = Check(fixture);

        var exact = Single(result, ProblemKind.DuplicateRow, "studentAssessment.csv");
        Assert.Equal((Severity.Warning, 1L), (exact.Severity, exact.Count));
        Assert.Equal((3L, 2L), (exact.Examples[0].Line, exact.Examples[0].OtherLine));
        Assert.Equal("id_assessment 1, id_student 11", exact.Examples[0].Key);
        var conflict = Single(result, ProblemKind.ConflictingDuplicate, "studentAssessment.csv");
        Assert.Equal((Severity.Error, 5L, 4L), (conflict.Severity, conflict.Examples[0].Line, conflict.Examples[0].OtherLine));

        // The registration of student 12 on line 4 repeats line 3.
        var registration = Single(result, ProblemKind.DuplicateRow, "studentRegistration.csv");
        Assert.Equal(4L, registration.Examples[0].Line);

        Assert.Equal([11, 12], result.Dataset.Submissions.Student);
        Assert.Equal([78f, 50f], result.Dataset.Submissions.Score);
        Assert.Equal(2, result.Dataset.Registrations.Count);
        Assert.Equal(2, result.Dataset.Sources.Single(s => s.Table == OuladTable.StudentAssessment).RowsExcluded);
    }

    [Fact]
    public void RepeatedCoursePointsAtTheFirst()
    {
        // courses.csv lines 2 and 3 are DDD 2013B; line 4 is AAA 2013J, which moves to row 1 once line 3 is dropped.
        using var fixture = new OuladFixture()
            .Course("DDD", "2013B").Course("DDD", "2013B", length: 250).Course("AAA", "2013J")
            .Assessment("AAA", "2013J", 1, "Exam", "200")
            .Registration("AAA", "2013J", 1).Registration("DDD", "2013B", 2)
            .Submission(1, 1, score: "70");

        var result = Check(fixture);

        Assert.Equal(ProblemKind.ConflictingDuplicate, Single(result, ProblemKind.ConflictingDuplicate, "courses.csv").Kind);
        Assert.Equal(2, result.Dataset.Courses.Count);
        Assert.Equal([1], result.Dataset.Assessments.Course);
        Assert.Equal([1, 0], result.Dataset.Registrations.Course);
    }

    [Fact]
    public void BrokenReferencesAreErrors()
    {
        // Assessment 2 belongs to XXX 2013B, which courses.csv lacks; the registration on line 3 too.
        // Submission line 3 names assessment 99; line 4 is by student 7, who has no registration.
        using var fixture = new OuladFixture()
            .Course("DDD", "2013B")
            .Assessment("DDD", "2013B", 1, "TMA", "20", "100").Assessment("XXX", "2013B", 2, "TMA", "20", "100")
            .Registration("DDD", "2013B", 1).Registration("XXX", "2013B", 1)
            .Submission(1, 1, score: "70").Submission(99, 1, score: "70").Submission(1, 7, score: "70");

        var result = Check(fixture);

        Assert.Equal(3L, Single(result, ProblemKind.AssessmentUnknownCourse, "assessments.csv").Examples[0].Line);
        Assert.Equal(3L, Single(result, ProblemKind.RegistrationUnknownCourse, "studentRegistration.csv").Examples[0].Line);
        var unknown = Single(result, ProblemKind.SubmissionUnknownAssessment, "studentAssessment.csv");
        Assert.Equal((Severity.Error, 3L, "99"), (unknown.Severity, unknown.Examples[0].Line, unknown.Examples[0].Value));
        var unregistered = Single(result, ProblemKind.SubmissionWithoutRegistration, "studentAssessment.csv");
        Assert.Equal((Severity.Warning, 4L), (unregistered.Severity, unregistered.Examples[0].Line));
    }

    [Fact]
    public void ImpossibleSequencesAreFound()
    {
        // Registrations: line 2 student 1 registered -30, left 50; line 3 student 2 left 10 without a
        // registration date; line 4 student 3 registered 20 and left 5, before registering.
        // Submissions: line 2 student 1 on day 60, after leaving on day 50; line 3 student 2 on day
        // 250, after the course's 240 days; line 4 student 3 banked on day -5.
        using var fixture = new OuladFixture()
            .Course("DDD", "2013B", length: 240)
            .Assessment("DDD", "2013B", 1, "TMA", "40", "100")
            .Registration("DDD", "2013B", 1, "-30", "50").Registration("DDD", "2013B", 2, "", "10").Registration("DDD", "2013B", 3, "20", "5")
            .Submission(1, 1, "60", score: "70").Submission(1, 2, "250", score: "70").Submission(1, 3, "-5", banked: 1, score: "70");

        var result = Check(fixture);

        var withoutDate = Single(result, ProblemKind.UnregistrationWithoutRegistration, "studentRegistration.csv");
        Assert.Equal((Severity.Warning, 3L), (withoutDate.Severity, withoutDate.Examples[0].Line));
        var before = Single(result, ProblemKind.UnregistrationBeforeRegistration, "studentRegistration.csv");
        Assert.Equal((Severity.Error, 4L, "5"), (before.Severity, before.Examples[0].Line, before.Examples[0].Value));
        var afterLeaving = Single(result, ProblemKind.SubmissionAfterUnregistration, "studentAssessment.csv");
        Assert.Equal((2L, 2L, "60"), (afterLeaving.Examples[0].Line, afterLeaving.Examples[0].OtherLine, afterLeaving.Examples[0].Value));
        Assert.Equal(3L, Single(result, ProblemKind.SubmissionAfterCourseEnd, "studentAssessment.csv").Examples[0].Line);
        var negative = Single(result, ProblemKind.NegativeSubmissionDay, "studentAssessment.csv");
        Assert.Equal((Severity.Info, 4L, "-5"), (negative.Severity, negative.Examples[0].Line, negative.Examples[0].Value));
        Assert.Equal(["is_banked 1"], negative.Examples[0].Arguments);
    }

    [Fact]
    public void OutOfRangeValuesAreBlanked()
    {
        // Scores 120 (line 2) and -1 (line 3) are outside 0 to 100; weight -5 (line 3) is negative.
        using var fixture = new OuladFixture()
            .Course("DDD", "2013B")
            .Assessment("DDD", "2013B", 1, "TMA", "20", "105").Assessment("DDD", "2013B", 2, "Exam", "200", "-5")
            .Registration("DDD", "2013B", 1).Registration("DDD", "2013B", 2).Registration("DDD", "2013B", 3)
            .Submission(1, 1, score: "120").Submission(1, 2, score: "-1").Submission(1, 3, score: "100");

        var result = Check(fixture);

        var scores = Single(result, ProblemKind.ScoreOutOfRange, "studentAssessment.csv");
        Assert.Equal((Severity.Error, 2L), (scores.Severity, scores.Count));
        Assert.Equal(["120", "-1"], scores.Examples.Select(e => e.Value));
        Assert.True(float.IsNaN(result.Dataset.Submissions.Score[0]));
        Assert.True(float.IsNaN(result.Dataset.Submissions.Score[1]));
        Assert.Equal(100f, result.Dataset.Submissions.Score[2]);
        Assert.Equal(3L, Single(result, ProblemKind.NegativeWeight, "assessments.csv").Examples[0].Line);
        Assert.True(double.IsNaN(result.Dataset.Assessments.Weight[1]));
    }

    [Fact]
    public void WeightSumsAreChecked()
    {
        // DDD 2013B: TMA 50 + CMA 40 = 90 (line 2) and one exam of 100: one finding.
        // CCC 2014B: coursework 100, two exams of 100 = 200 (line 6): one finding.
        // GGG 2013J: coursework 0 + 0 (line 8): coursework does not count.
        using var fixture = new OuladFixture()
            .Course("DDD", "2013B").Course("CCC", "2014B").Course("GGG", "2013J")
            .Assessment("DDD", "2013B", 1, "TMA", "20", "50").Assessment("DDD", "2013B", 2, "CMA", "30", "40").Assessment("DDD", "2013B", 3, "Exam", "240", "100")
            .Assessment("CCC", "2014B", 4, "TMA", "20", "100").Assessment("CCC", "2014B", 5, "Exam", "240", "100").Assessment("CCC", "2014B", 6, "Exam", "240", "100")
            .Assessment("GGG", "2013J", 7, "TMA", "20", "0").Assessment("GGG", "2013J", 8, "CMA", "20", "0").Assessment("GGG", "2013J", 9, "Exam", "240", "100");

        var result = Check(fixture);

        var sums = Single(result, ProblemKind.WeightsNotHundred, "assessments.csv");
        Assert.Equal(2L, sums.Count);
        Assert.Equal((2L, "DDD 2013B"), (sums.Examples[0].Line, sums.Examples[0].Key));
        Assert.Equal(["TMA + CMA 90"], sums.Examples[0].Arguments);
        Assert.Equal((6L, "CCC 2014B"), (sums.Examples[1].Line, sums.Examples[1].Key));
        Assert.Equal(["Exam 200"], sums.Examples[1].Arguments);
        var zero = Single(result, ProblemKind.CourseworkWeightsZero, "assessments.csv");
        Assert.Equal((1L, 8L, "GGG 2013J"), (zero.Count, zero.Examples[0].Line, zero.Examples[0].Key));
    }

    [Fact]
    public void MissingResultsAreCounted()
    {
        // Three courses. DDD 2013B: exam 1 has a score. AAA 2013J: exam 2 has no date and only a
        // submission without a score; exam 3 has nothing. BBB 2013J: no exam at all.
        // So 2 of 3 exams lack results, and 2 of 3 courses (AAA and BBB) lack exam results.
        using var fixture = new OuladFixture()
            .Course("DDD", "2013B").Course("AAA", "2013J").Course("BBB", "2013J")
            .Assessment("DDD", "2013B", 1, "Exam", "240").Assessment("AAA", "2013J", 2, "Exam").Assessment("AAA", "2013J", 3, "Exam", "250")
            .Assessment("BBB", "2013J", 4, "TMA", "20")
            .Registration("DDD", "2013B", 1).Registration("AAA", "2013J", 1)
            .Submission(1, 1, score: "70").Submission(2, 1, score: "");

        var result = Check(fixture);

        var withoutDate = Single(result, ProblemKind.AssessmentWithoutDate, "assessments.csv");
        Assert.Equal((3L, "id_assessment 2 (AAA 2013J, Exam)"), (withoutDate.Examples[0].Line, withoutDate.Examples[0].Key));
        Assert.Equal(2L, Single(result, ProblemKind.ExamWithoutResults, "assessments.csv").Count);
        Assert.Equal(1L, Single(result, ProblemKind.MissingValue, "studentAssessment.csv").Count);
        var courses = Single(result, ProblemKind.CourseWithoutExamResults, "courses.csv");
        Assert.Equal([3L, 4L], courses.Examples.Select(e => e.Line));
        Assert.Equal((3, 2, 3, 2), (result.Summary.Exams, result.Summary.ExamsWithoutResults, result.Summary.Courses, result.Summary.CoursesWithoutExamResults));
        Assert.Equal(2.0 / 3, result.Summary.CoursesWithoutExamResultsShare, 12);
    }

    [Fact]
    public void OutliersFollowTheInterquartileRule()
    {
        // Lead times 10, 20, 30, 40, 50 and 400 days. Type 7 quartiles: Q1 at position 1.25 = 22.5,
        // Q3 at position 3.75 = 47.5, IQR 25, fences 22.5 - 37.5 = -15 and 47.5 + 37.5 = 85: only 400 is out.
        using var fixture = new OuladFixture()
            .Course("DDD", "2013B")
            .Registration("DDD", "2013B", 1, "-10").Registration("DDD", "2013B", 2, "-20").Registration("DDD", "2013B", 3, "-30")
            .Registration("DDD", "2013B", 4, "-40").Registration("DDD", "2013B", 5, "-50").Registration("DDD", "2013B", 6, "-400");

        var result = Check(fixture);

        var fences = result.Summary.RegistrationLeadTime!;
        Assert.Equal((22.5, 47.5, -15.0, 85.0), (fences.LowerQuartile, fences.UpperQuartile, fences.LowerFence, fences.UpperFence));
        Assert.Equal((0L, 1L), (fences.Below, fences.Above));
        var outlier = Single(result, ProblemKind.RegistrationLeadTimeOutlier, "studentRegistration.csv");
        Assert.Equal((Severity.Info, 7L, "-400"), (outlier.Severity, outlier.Examples[0].Line, outlier.Examples[0].Value));
        Assert.Null(result.Summary.SubmissionDelay);
    }

    [Fact]
    public void HiddenValuesLeaveOutStudents()
    {
        using var fixture = new OuladFixture()
            .Course("DDD", "2013B")
            .Assessment("DDD", "2013B", 1, "TMA", "20", "100")
            .Registration("DDD", "2013B", 11)
            .Submission(1, 11, score: "150");

        var loaded = DatasetLoader.Load(fixture.Write(), new LoadOptions { HideValues = true });
        var result = DataChecker.Run(loaded);

        var example = Single(result, ProblemKind.ScoreOutOfRange, "studentAssessment.csv").Examples[0];
        Assert.Equal("id_assessment 1", example.Key);
        Assert.Null(example.Value);
    }

    [Fact]
    public void StrictModeFailsOnWarnings()
    {
        using var fixture = new OuladFixture()
            .Course("DDD", "2013B")
            .Assessment("DDD", "2013B", 1, "TMA", "20", "100")
            .Registration("DDD", "2013B", 11, registered: "");

        var result = Check(fixture);

        var error = Assert.Throws<DataException>(() => StrictMode.Enforce(result.Problems));
        Assert.Contains("studentRegistration.csv, line 2, column date_registration", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StrictModeIgnoresNotes()
    {
        // The only finding is the note that DDD 2013B has no exam results.
        using var fixture = new OuladFixture()
            .Course("DDD", "2013B")
            .Assessment("DDD", "2013B", 1, "TMA", "20", "100")
            .Registration("DDD", "2013B", 11);

        var result = Check(fixture);

        Assert.Equal(ProblemKind.CourseWithoutExamResults, Assert.Single(result.Problems.Groups()).Kind);
        StrictMode.Enforce(result.Problems);
    }

    private static CheckResult Check(OuladFixture fixture) => DataChecker.Run(DatasetLoader.Load(fixture.Write()));

    private static ProblemGroup Single(CheckResult result, ProblemKind kind, string file) =>
        Assert.Single(result.Problems.Groups(), g => g.Kind == kind && g.File == file);
}
