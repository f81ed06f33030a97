using EduReport.Facts;

namespace EduReport.Questions.DataAndDefinitions;

/// <summary>Counts the courses, modules, presentations, students and rows of the dataset.</summary>
public static class DatasetSummaryAnalysis
{
    public static DatasetSummary Compute(FactSet facts)
    {
        var dataset = facts.Dataset;
        var courses = dataset.Courses;
        var presentations = Enumerable.Range(0, courses.Count)
            .Select(c => dataset.Presentations[courses.Presentation[c]])
            .Distinct(StringComparer.Ordinal)
            .Order(PresentationCode.Comparer)
            .ToArray();
        var modules = Enumerable.Range(0, courses.Count).Select(c => courses.Module[c]).Distinct().Count();
        return new DatasetSummary(
            Courses: courses.Count,
            Modules: modules,
            Presentations: presentations.Length,
            Students: facts.Students.Count,
            Registrations: dataset.Registrations.Count,
            Assessments: dataset.Assessments.Count,
            Submissions: dataset.Submissions.Count,
            FirstPresentation: presentations.FirstOrDefault() ?? string.Empty,
            LastPresentation: presentations.LastOrDefault() ?? string.Empty);
    }
}
