using EduReport.Analyse.Statistics;

namespace EduReport.Questions.ExamDifficulty;

/// <summary>The completion rate of every exam, and the hardest and easiest exam among those with enough attempts.</summary>
/// <param name="Exams">Exams with at least one attempt, hardest first: by pass rate, then by more attempts, then by id.</param>
/// <param name="Hardest">The ranked exam with the lowest pass rate, or null when no exam has enough attempts.</param>
/// <param name="Easiest">The ranked exam with the highest pass rate, or null when no exam has enough attempts.</param>
/// <param name="ExamsWithoutAttempts">id_assessment of the exams with no attempt, which are never ranked.</param>
/// <param name="ExamsWithoutAttemptsDetails">The same exams with their course and their submissions without a score.</param>
/// <param name="MinAttemptsToRank">Attempts an exam needs to be ranked.</param>
/// <param name="RankedExams">Exams with at least that many attempts.</param>
/// <param name="Overall">All exam attempts together.</param>
/// <param name="HardestVsEasiest">The chi-squared test of equal pass rates of the hardest and easiest exam, or null when there are not two ranked exams or the test cannot be run.</param>
public sealed record ExamDifficultyResult(
    IReadOnlyList<ExamRow> Exams,
    ExamRow? Hardest,
    ExamRow? Easiest,
    IReadOnlyList<int> ExamsWithoutAttempts,
    IReadOnlyList<ExamWithoutAttempts> ExamsWithoutAttemptsDetails,
    int MinAttemptsToRank,
    int RankedExams,
    ExamTotals Overall,
    SignificanceTest? HardestVsEasiest);

/// <summary>One exam: its attempts, passes and pass rate with the 95% Wilson interval.</summary>
/// <param name="Ranked">Whether the exam has enough attempts to be ranked as hardest or easiest.</param>
public sealed record ExamRow(
    int IdAssessment,
    string Module,
    string Presentation,
    int Attempts,
    int Passed,
    double PassRate,
    double CiLow,
    double CiHigh,
    double MeanScore,
    bool Ranked);

/// <summary>An exam with no attempt.</summary>
/// <param name="Submissions">Its submissions without a score (or banked ones left out by the definitions).</param>
public sealed record ExamWithoutAttempts(int IdAssessment, string Module, string Presentation, int Submissions);

/// <summary>The completion rate of a group of exams: passed attempts over attempts.</summary>
public sealed record ExamTotals(int Exams, int Attempts, int Passed, double? PassRate, double? CiLow, double? CiHigh);
