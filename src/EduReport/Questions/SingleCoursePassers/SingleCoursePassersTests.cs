using EduReport.Facts;
using EduReport.Load;
using EduReport.Tests.Support;

namespace EduReport.Questions.SingleCoursePassers;

public sealed class SingleCoursePassersTests
{
    // Two modules, DDD in two presentations and AAA in one, each with one exam.
    // Student 1 passes DDD 2013B (score 40, exactly the threshold): one course.
    // Student 2 passes DDD 2013B and DDD 2014J (the same module twice): two courses, one module.
    // Student 3 fails DDD 2013B (39) and passes AAA 2013J: one course.
    // Student 4 has an exam submission without a score, which is no attempt: zero courses.
    // Student 5 only registered: zero courses.
    // Student 6 fails, then passes the retaken second exam of AAA 2013J: one course.
    private static OuladFixture Fixture() => new OuladFixture()
        .Course("DDD", "2013B").Course("DDD", "2014J").Course("AAA", "2013J")
        .Assessment("DDD", "2013B", 1, "Exam").Assessment("DDD", "2014J", 2, "Exam")
        .Assessment("AAA", "2013J", 3, "Exam").Assessment("AAA", "2013J", 4, "Exam")
        .Assessment("AAA", "2013J", 5, "TMA", "20", "100")
        .Registration("DDD", "2013B", 1).Registration("DDD", "2013B", 2).Registration("DDD", "2014J", 2)
        .Registration("DDD", "2013B", 3).Registration("AAA", "2013J", 3).Registration("DDD", "2013B", 4)
        .Registration("AAA", "2013J", 5).Registration("AAA", "2013J", 6)
        .Submission(1, 1, score: "40")
        .Submission(1, 2, score: "75").Submission(2, 2, score: "81")
        .Submission(1, 3, score: "39").Submission(3, 3, score: "55")
        .Submission(1, 4, score: "")
        .Submission(5, 5, score: "90")
        .Submission(3, 6, score: "20").Submission(4, 6, score: "64");

    [Fact]
    public void CountsStudentsByCoursesPassed()
    {
        using var fixture = Fixture();
        var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions());

        var result = SingleCoursePassersAnalysis.Compute(facts);

        Assert.Equal(3, result.Students);
        Assert.Equal(6, result.TotalStudents);
        Assert.Equal([0, 1, 2], result.Distribution.Select(r => r.CoursesPassed));
        Assert.Equal([2, 3, 1], result.Distribution.Select(r => r.Students));
        Assert.Equal(0.5, result.Share, 12);
        Assert.Equal(2, result.PassedNone);
        Assert.Equal(1, result.PassedTwoOrMore);
    }

    [Fact]
    public void ModuleScopeCountsAModuleOnce()
    {
        using var fixture = Fixture();
        var definitions = new Definitions { CourseScope = CourseScope.Module };
        var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, definitions);

        var result = SingleCoursePassersAnalysis.Compute(facts);

        // Student 2 now passed one module, so four students passed exactly one.
        Assert.Equal(4, result.Students);
        Assert.Equal([2, 4], result.Distribution.Select(r => r.Students));
    }

    [Fact]
    public void HigherThresholdFailsTheBoundaryScore()
    {
        using var fixture = Fixture();
        var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions { PassThreshold = 41 });

        var result = SingleCoursePassersAnalysis.Compute(facts);

        // Student 1's score of 40 no longer passes.
        Assert.Equal(2, result.Students);
        Assert.Equal([3, 2, 1], result.Distribution.Select(r => r.Students));
    }

    [Fact]
    public void EmptyDataGivesEmptyDistribution()
    {
        using var fixture = new OuladFixture();
        var facts = FactsBuilder.Build(DatasetLoader.Load(fixture.Write()).Dataset, new Definitions());

        var result = SingleCoursePassersAnalysis.Compute(facts);

        Assert.Equal(0, result.Students);
        Assert.Equal(0, result.TotalStudents);
        Assert.Equal([0], result.Distribution.Select(r => r.Students));
    }
}
