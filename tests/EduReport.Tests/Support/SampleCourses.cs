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

    /// <summary>
    /// <see cref="Create"/> with data for every section and chart: a coursework assignment (TMA, due on
    /// day 100) in each course, submitted by the five students on days 98 to 105, and a third course,
    /// EEE 2014J, whose one registration (student 6) has no exam result. Student 5's submission on day
    /// 99 comes after the unregistration on day 10, which the data-quality check reports.
    /// </summary>
    public static OuladFixture WithCoursework() => Create()
        .Course("EEE", "2014J")
        .Assessment("DDD", "2013B", 11, "TMA", "100").Assessment("DDD", "2014J", 12, "TMA", "100")
        .Assessment("EEE", "2014J", 13, "TMA", "100").Assessment("EEE", "2014J", 14, "Exam", "240")
        .Registration("EEE", "2014J", 6)
        .Submission(11, 1, "98", score: "80").Submission(11, 2, "103", score: "30")
        .Submission(12, 3, "100", score: "60").Submission(12, 4, "105", score: "55").Submission(12, 5, "99", score: "35")
        .Submission(13, 6, "101", score: "75");
}
