namespace EduReport.Questions.ExamPassDay;

/// <summary>
/// When students pass: the mean and median pass day (the submission day of a student's last passed
/// exam in a course, counted from the start of the presentation) per module and per course.
/// </summary>
/// <param name="ByModule">Modules with at least one pass day, by module code.</param>
/// <param name="ByCourse">Courses with at least one pass day, by module, then presentation.</param>
/// <param name="ModulesWithoutPasses">Modules in which nobody passed an exam on a known day.</param>
/// <param name="EarliestModule">The module with the lowest mean pass day, or null when there is none.</param>
/// <param name="LatestModule">The module with the highest mean pass day, or null when there is none.</param>
/// <param name="PassesWithoutDay">Passed courses whose passed exams have no submission day, left out of the figures.</param>
public sealed record ExamPassDayResult(
    IReadOnlyList<ModulePassDay> ByModule,
    IReadOnlyList<CoursePassDay> ByCourse,
    IReadOnlyList<string> ModulesWithoutPasses,
    ModulePassDay? EarliestModule,
    ModulePassDay? LatestModule,
    int PassesWithoutDay);

/// <summary>The pass days of one module over all its presentations.</summary>
/// <param name="Students">Students with a pass day; one who passed the module in two presentations counts in each.</param>
/// <param name="Min">The earliest pass day.</param>
/// <param name="Max">The latest pass day.</param>
public sealed record ModulePassDay(string Module, double Mean, double Median, int Students, double LowerQuartile, double UpperQuartile, double Min, double Max);

/// <summary>The pass days of one course (a module in one presentation).</summary>
/// <param name="Students">Students with a pass day in this course.</param>
/// <param name="Min">The earliest pass day.</param>
/// <param name="Max">The latest pass day.</param>
public sealed record CoursePassDay(string Module, string Presentation, double Mean, double Median, int Students, double LowerQuartile, double UpperQuartile, double Min, double Max);
