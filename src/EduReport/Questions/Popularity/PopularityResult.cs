namespace EduReport.Questions.Popularity;

/// <summary>
/// The most popular modules by registrations and the modules with the highest churn, with the counts
/// behind each rate; the same for courses (a module in one presentation).
/// </summary>
/// <param name="TopByRegistrations">The <see cref="PopularityAnalysis.TopCount"/> modules with the most registrations.</param>
/// <param name="TopByChurn">The modules with the highest churn rate.</param>
/// <param name="Modules">Every module with at least one registration, by registrations, most first.</param>
/// <param name="ByCourse">The same rankings over courses.</param>
/// <param name="ChurnAfterStartOnly">Whether churn counts only unregistrations after day 0.</param>
public sealed record PopularityResult(
    IReadOnlyList<ModulePopularity> TopByRegistrations,
    IReadOnlyList<ModulePopularity> TopByChurn,
    IReadOnlyList<ModulePopularity> Modules,
    CoursePopularityRankings ByCourse,
    bool ChurnAfterStartOnly);

/// <summary>Registrations and churn of one module over all its presentations.</summary>
/// <param name="Unregistrations">Unregistrations that count as churn under the definitions.</param>
/// <param name="ChurnRate">Unregistrations over registrations, from 0 to 1.</param>
public sealed record ModulePopularity(
    string Module,
    int Courses,
    int Registrations,
    int Unregistrations,
    double ChurnRate,
    double CiLow,
    double CiHigh);

/// <summary>The rankings over courses.</summary>
public sealed record CoursePopularityRankings(
    IReadOnlyList<CoursePopularity> TopByRegistrations,
    IReadOnlyList<CoursePopularity> TopByChurn);

/// <summary>Registrations and churn of one course.</summary>
public sealed record CoursePopularity(
    string Module,
    string Presentation,
    int Registrations,
    int Unregistrations,
    double ChurnRate,
    double CiLow,
    double CiHigh);
