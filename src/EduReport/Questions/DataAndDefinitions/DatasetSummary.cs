namespace EduReport.Questions.DataAndDefinitions;

/// <summary>The size of the dataset: how many of each thing the report counts.</summary>
public sealed record DatasetSummary(
    int Courses,
    int Modules,
    int Presentations,
    int Students,
    int Registrations,
    int Assessments,
    int Submissions,
    string FirstPresentation,
    string LastPresentation);
