using EduReport.Facts;
using EduReport.Load;
using EduReport.Tests.Support;

namespace EduReport.Tests.Facts;

public sealed class FactsBuilderTests
{
    // One course with a TMA due on day 20 (weight 40), a CMA with no date (weight 60) and an exam on day 250.
    // Student 7 submits the TMA on day 22 (late, 80), the CMA (70) and passes the exam on day 250 (55).
    // Student 8 submits the TMA on day 20 (on time, 50), a banked TMA copy, and fails the exam on day 251 (late, 30).
    // Student 9 registered and left on day -3.
    private static OuladFixture Fixture() => new OuladFixture()
        .Course("DDD", "2013B")
        .Assessment("DDD", "2013B", 1, "TMA", "20", "40").Assessment("DDD", "2013B", 2, "CMA", "", "60")
        .Assessment("DDD", "2013B", 3, "Exam", "250", "100")
        .Registration("DDD", "2013B", 7, "-40").Registration("DDD", "2013B", 8, "-10")
        .Registration("DDD", "2013B", 9, "-20", "-3")
        .Submission(1, 7, "22", score: "80").Submission(2, 7, "30", score: "70").Submission(3, 7, "250", score: "55")
        .Submission(1, 8, "20", score: "50").Submission(1, 8, "5", banked: 1, score: "50").Submission(3, 8, "251", score: "30");

    [Fact]
    public void EnrolmentSumsMatchHandCount()
    {
        using var fixture = Fixture();

        var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions());

        Assert.Equal([7, 8, 9], facts.Students.Id);
        var e7 = facts.Students.FirstEnrolment[0];
        Assert.Equal(1, facts.Enrolments.ExamPasses[e7]);
        Assert.Equal(250, facts.Enrolments.PassDay[e7]);
        Assert.Equal((80 * 40) + (70 * 60), facts.Enrolments.CourseworkWeightedSum[e7], 6);
        Assert.Equal(100, facts.Enrolments.CourseworkWeight[e7], 6);
        Assert.Equal(2, facts.Enrolments.SubmissionsWithDeadline[e7]);
        Assert.Equal(1, facts.Enrolments.LateSubmissions[e7]);
        var e8 = facts.Students.FirstEnrolment[1];
        Assert.Equal(0, facts.Enrolments.ExamPasses[e8]);
        Assert.Equal(Missing.Day, facts.Enrolments.PassDay[e8]);
        Assert.Equal(2, facts.Enrolments.CourseworkCount[e8]);
        Assert.Equal(2, facts.Enrolments.SubmissionsWithDeadline[e8]);
        Assert.Equal(1, facts.Enrolments.LateSubmissions[e8]);
    }

    [Fact]
    public void CourseCountsMatchHandCount()
    {
        using var fixture = Fixture();

        var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions());

        Assert.Equal(3, facts.Courses.Registrations[0]);
        Assert.Equal(1, facts.Courses.UnregistrationsBeforeStart[0]);
        Assert.Equal(0, facts.Courses.UnregistrationsAfterStart[0]);
        Assert.Equal(1, facts.Courses.Exams[0]);
        Assert.Equal(2, facts.Courses.ExamAttempts[0]);
        Assert.Equal(1, facts.Courses.ExamPasses[0]);
        Assert.Equal(85, facts.Courses.ExamScoreSum[0], 6);
        Assert.Equal(4, facts.Courses.SubmissionsWithDeadline[0]);
        Assert.Equal(2, facts.Courses.LateSubmissions[0]);
    }

    [Fact]
    public void BankedResultsCanBeLeftOut()
    {
        using var fixture = Fixture();

        var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions { IncludeBanked = false });

        var e8 = facts.Students.FirstEnrolment[1];
        Assert.Equal(1, facts.Enrolments.CourseworkCount[e8]);
        Assert.Equal(3, facts.Assessments.Submissions[0]);
        Assert.Equal(2, facts.Assessments.Attempts[0]);
    }

    [Fact]
    public void SubmissionValuesMatchHandCount()
    {
        using var fixture = Fixture();

        var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions());

        // Scores of attempts by type, in file order; the banked TMA copy counts by default.
        Assert.Equal([80f, 50f, 50f], facts.Submissions.Scores(AssessmentType.Tma));
        Assert.Equal([70f], facts.Submissions.Scores(AssessmentType.Cma));
        Assert.Equal([55f, 30f], facts.Submissions.Scores(AssessmentType.Exam));

        // Delays of non-banked submissions of dated assessments: TMA on day 22 (+2), exam on day 250 (0),
        // TMA on day 20 (0), exam on day 251 (+1). The undated CMA and the banked copy have none.
        Assert.Equal([2, 0, 0, 1], facts.Submissions.DeadlineDelays);
    }

    [Fact]
    public void CourseSumsIncludeDaysAndCoursework()
    {
        using var fixture = Fixture();

        var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions());

        Assert.Equal(250 + 251, facts.Courses.ExamDaySum[0]);
        Assert.Equal(2, facts.Courses.ExamDayCount[0]);
        Assert.Equal(80 + 70 + 50 + 50, facts.Courses.CourseworkScoreSum[0], 6);
        Assert.Equal(4, facts.Courses.CourseworkCount[0]);
    }

    [Fact]
    public void LeftOutBankedScoresLeaveSamples()
    {
        using var fixture = Fixture();

        var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions { IncludeBanked = false });

        Assert.Equal([80f, 50f], facts.Submissions.Scores(AssessmentType.Tma));
        Assert.Equal(3, facts.Courses.CourseworkCount[0]);
        Assert.Equal([2, 0, 0, 1], facts.Submissions.DeadlineDelays);
    }

    [Fact]
    public void ChurnCountsFollowDefinitions()
    {
        using var fixture = Fixture();
        var dataset = DatasetLoader.Load(fixture.Write()).Dataset;

        var all = FactsBuilder.Build(dataset, new Definitions());
        var afterStart = FactsBuilder.Build(dataset, new Definitions { ChurnAfterStartOnly = true });

        // Student 9 left on day −3, before the start: churn under the default, not after the start only.
        Assert.Equal(1, all.Courses.ChurnedRegistrations(0, all.Definitions));
        Assert.Equal(0, afterStart.Courses.ChurnedRegistrations(0, afterStart.Definitions));
    }
}
