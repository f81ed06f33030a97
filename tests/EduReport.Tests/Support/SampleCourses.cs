namespace EduReport.Tests.Support;

/// <summary>A small dataset for rendering tests: two courses, five students, three of whom pass one course.</summary>
public static class SampleCourses
{
    public static OuladFixture Create(string presentation = "2014J") => new OuladFixture()
        .Course("DDD", "2013B").Course("DDD", presentation)
        .Assessment("DDD", "2013B", 1, "Exam", "240").Assessment("DDD", presentation, 2, "Exam", "240")
        .Registration("DDD", "2013B", 1).Registration("DDD", "2013B", 2).Registration("DDD", presentation, 3)
        .Registration("DDD", presentation, 4).Registration("DDD", presentation, 5, unregistered: "10")
        .Submission(1, 1, score: "70").Submission(1, 2, score: "20").Submission(2, 3, score: "45").Submission(2, 4, score: "40");
}
