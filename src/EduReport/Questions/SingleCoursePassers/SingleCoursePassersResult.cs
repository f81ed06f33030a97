using EduReport.Facts;

namespace EduReport.Questions.SingleCoursePassers;

/// <summary>How many students passed exactly one course, and how students spread over the number of courses passed.</summary>
/// <param name="Students">Students who passed exactly one course.</param>
/// <param name="TotalStudents">All distinct students in the data.</param>
/// <param name="Share">Students over TotalStudents, from 0 to 1.</param>
/// <param name="Distribution">Students by the number of courses passed, from 0 up to the largest number found.</param>
/// <param name="Scope">What counted as one course.</param>
/// <param name="PassedNone">Students who passed no course.</param>
/// <param name="PassedTwoOrMore">Students who passed two courses or more.</param>
public sealed record SingleCoursePassersResult(
    int Students,
    int TotalStudents,
    double Share,
    IReadOnlyList<PassCountRow> Distribution,
    CourseScope Scope,
    int PassedNone,
    int PassedTwoOrMore);

/// <summary>One bar of the distribution: how many students passed this many courses.</summary>
public sealed record PassCountRow(int CoursesPassed, int Students, double Share);
