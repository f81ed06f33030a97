using EduReport.Analyse.Statistics;

namespace EduReport.Questions.Semesters;

/// <summary>
/// Exam completion and exam timing per presentation (semester) in a period: the presentation with
/// the lowest completion rate and the one with the latest mean exam submission day.
/// </summary>
/// <param name="Period">The presentations compared, in time order.</param>
/// <param name="Table">One row per presentation of the period, in time order.</param>
/// <param name="LowestCompletion">The presentation with the lowest completion rate among those with exam attempts, or null.</param>
/// <param name="LongestSubmission">The presentation with the highest mean exam submission day, or null.</param>
/// <param name="CompletionTest">The chi-squared test that all presentations share one completion rate, or null when it cannot be run.</param>
public sealed record SemestersResult(
    IReadOnlyList<string> Period,
    IReadOnlyList<SemesterRow> Table,
    SemesterRow? LowestCompletion,
    SemesterRow? LongestSubmission,
    SignificanceTest? CompletionTest);

/// <summary>One presentation: its courses, registrations and exam attempts.</summary>
/// <param name="CompletionRate">Passed exam attempts over exam attempts, or null without attempts.</param>
/// <param name="MeanExamDay">The mean submission day of the exam attempts that have a day, or null.</param>
/// <param name="ExamDays">Exam attempts with a submission day.</param>
public sealed record SemesterRow(
    string Presentation,
    int Courses,
    int Registrations,
    int ExamAttempts,
    int ExamPassed,
    double? CompletionRate,
    double? CiLow,
    double? CiHigh,
    double? MeanExamDay,
    int ExamDays);
