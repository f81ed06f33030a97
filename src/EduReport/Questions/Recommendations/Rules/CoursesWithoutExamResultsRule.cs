using EduReport.Analyse;

namespace EduReport.Questions.Recommendations.Rules;

/// <summary>Fires when at least a configured share of courses has no exam results, so that their students cannot complete them.</summary>
public sealed class CoursesWithoutExamResultsRule : IRecommendationRule
{
    public const string MinShareOfCourses = "minShareOfCourses";

    public string Id => "courses_without_exam_results";

    public IReadOnlyList<RuleThreshold> Thresholds { get; } = [RuleThreshold.Share(MinShareOfCourses)];

    public RuleOutcome Evaluate(ReportResults results, RuleSettings settings)
    {
        var threshold = settings.Threshold(MinShareOfCourses);
        var courses = results.AssessmentForms.CoursesWithoutExamResults;
        if (courses.TotalCourses == 0)
        {
            return RuleOutcome.NothingToMeasure(threshold, Comparison.AtLeast);
        }

        var whatIf = results.AssessmentForms.WhatIf;
        return RuleOutcome.Compare(courses.Share, threshold, Comparison.AtLeast, courses.Students, () => new CoursesWithoutExamResultsEvidence(
            courses.Courses,
            courses.TotalCourses,
            courses.Share,
            courses.Students,
            courses.List.Select(c => c.Code).ToArray(),
            whatIf.Threshold,
            whatIf.WouldComplete,
            whatIf.WouldCompleteStudents,
            whatIf.Agreement.Total,
            whatIf.Agreement.Accuracy,
            whatIf.Agreement.Kappa));
    }
}

/// <param name="Students">Distinct students registered on those courses.</param>
/// <param name="PassThreshold">The score the what-if's coursework rule needs.</param>
/// <param name="WouldComplete">Enrolments on those courses whose weighted coursework score reaches the pass threshold.</param>
/// <param name="AgreementPairs">Enrolments with both a coursework and an exam result, on which the rule was compared with the exam.</param>
public sealed record CoursesWithoutExamResultsEvidence(
    int Courses,
    int TotalCourses,
    double Share,
    int Students,
    IReadOnlyList<string> CourseCodes,
    double PassThreshold,
    int WouldComplete,
    int WouldCompleteStudents,
    int AgreementPairs,
    double? Accuracy,
    double? Kappa);
