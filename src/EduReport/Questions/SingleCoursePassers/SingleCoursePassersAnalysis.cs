using EduReport.Facts;

namespace EduReport.Questions.SingleCoursePassers;

/// <summary>
/// Counts, for each student, the courses they passed: a course is passed with at least one exam
/// attempt at or above the pass threshold. With <see cref="CourseScope.Module"/>, passing the same
/// module in two presentations counts once.
/// </summary>
public static class SingleCoursePassersAnalysis
{
    public static SingleCoursePassersResult Compute(FactSet facts)
    {
        var students = facts.Students;
        var enrolments = facts.Enrolments;
        var courseModule = facts.Dataset.Courses.Module;
        var byModule = facts.Definitions.CourseScope == CourseScope.Module;
        var passedCounts = new int[students.Count];
        var modulesSeen = new HashSet<int>();

        for (var student = 0; student < students.Count; student++)
        {
            modulesSeen.Clear();
            var (first, end) = (students.FirstEnrolment[student], students.FirstEnrolment[student + 1]);
            for (var e = first; e < end; e++)
            {
                if (!enrolments.Passed(e))
                {
                    continue;
                }

                if (!byModule || modulesSeen.Add(courseModule[enrolments.Course[e]]))
                {
                    passedCounts[student]++;
                }
            }
        }

        var maxPassed = passedCounts.Length == 0 ? 0 : passedCounts.Max();
        var histogram = new int[maxPassed + 1];
        foreach (var count in passedCounts)
        {
            histogram[count]++;
        }

        var total = students.Count;
        var distribution = histogram
            .Select((count, passed) => new PassCountRow(passed, count, Ratio(count, total)))
            .ToArray();
        var exactlyOne = histogram.Length > 1 ? histogram[1] : 0;
        return new SingleCoursePassersResult(
            exactlyOne,
            total,
            Ratio(exactlyOne, total),
            distribution,
            facts.Definitions.CourseScope,
            PassedNone: histogram[0],
            PassedTwoOrMore: histogram.Skip(2).Sum());
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
