using EduReport.Load;
using EduReport.Problems;

namespace EduReport.Check;

/// <summary>
/// Finds rows that repeat the key of an earlier row: an exact repeat is a warning and a repeat with
/// other values is an error naming both lines. In both cases the later row is dropped, so that the
/// first row is what the analysis counts. Keys: a course by module and presentation, an assessment by
/// id_assessment, a submission by id_assessment and id_student, a registration by course and student.
/// </summary>
internal static class DuplicateCheck
{
    public static RowDrops Run(CheckContext context)
    {
        var dataset = context.Dataset;
        var drops = new RowDrops(dataset);
        Courses(context, drops);
        Assessments(context, drops);
        Submissions(context, drops);
        Registrations(context, drops);
        return drops;
    }

    private static void Courses(CheckContext context, RowDrops drops)
    {
        var courses = context.Dataset.Courses;
        var first = new Dictionary<(int, int), int>(courses.Count);
        var exact = context.Collector(ProblemKind.DuplicateRow, Severity.Warning, OuladTable.Courses);
        var conflict = context.Collector(ProblemKind.ConflictingDuplicate, Severity.Error, OuladTable.Courses);
        for (var row = 0; row < courses.Count; row++)
        {
            if (!first.TryAdd((courses.Module[row], courses.Presentation[row]), row))
            {
                var original = first[(courses.Module[row], courses.Presentation[row])];
                var same = courses.Length[row] == courses.Length[original];
                (same ? exact : conflict).Add(courses.Line[row], context.Keys.CourseRow(row), otherLine: courses.Line[original]);
                drops.DropCourse(row, original);
            }
        }

        exact.Flush();
        conflict.Flush();
    }

    private static void Assessments(CheckContext context, RowDrops drops)
    {
        var assessments = context.Dataset.Assessments;
        var first = new Dictionary<int, int>(assessments.Count);
        var exact = context.Collector(ProblemKind.DuplicateRow, Severity.Warning, OuladTable.Assessments);
        var conflict = context.Collector(ProblemKind.ConflictingDuplicate, Severity.Error, OuladTable.Assessments);
        for (var row = 0; row < assessments.Count; row++)
        {
            if (!first.TryAdd(assessments.Id[row], row))
            {
                var original = first[assessments.Id[row]];
                var same = assessments.Module[row] == assessments.Module[original]
                    && assessments.Presentation[row] == assessments.Presentation[original]
                    && assessments.Type[row] == assessments.Type[original]
                    && assessments.Date[row] == assessments.Date[original]
                    && SameNumber(assessments.Weight[row], assessments.Weight[original]);
                (same ? exact : conflict).Add(assessments.Line[row], context.Keys.Assessment(row), otherLine: assessments.Line[original]);
                drops.DropAssessment(row, original);
            }
        }

        exact.Flush();
        conflict.Flush();
    }

    private static void Submissions(CheckContext context, RowDrops drops)
    {
        var submissions = context.Dataset.Submissions;
        var keys = new long[submissions.Count];
        for (var row = 0; row < keys.Length; row++)
        {
            keys[row] = Pack(submissions.AssessmentId[row], submissions.Student[row]);
        }

        var exact = context.Collector(ProblemKind.DuplicateRow, Severity.Warning, OuladTable.StudentAssessment);
        var conflict = context.Collector(ProblemKind.ConflictingDuplicate, Severity.Error, OuladTable.StudentAssessment);
        foreach (var (row, original) in Repeats(keys))
        {
            var same = submissions.DateSubmitted[row] == submissions.DateSubmitted[original]
                && submissions.IsBanked[row] == submissions.IsBanked[original]
                && SameNumber(submissions.Score[row], submissions.Score[original]);
            (same ? exact : conflict).Add(submissions.Line[row], context.Keys.Submission(row), otherLine: submissions.Line[original]);
            drops.DropSubmission(row);
        }

        exact.Flush();
        conflict.Flush();
    }

    private static void Registrations(CheckContext context, RowDrops drops)
    {
        var registrations = context.Dataset.Registrations;
        var presentations = Math.Max(context.Dataset.Presentations.Count, 1);
        var keys = new long[registrations.Count];
        for (var row = 0; row < keys.Length; row++)
        {
            keys[row] = Pack((registrations.Module[row] * presentations) + registrations.Presentation[row], registrations.Student[row]);
        }

        var exact = context.Collector(ProblemKind.DuplicateRow, Severity.Warning, OuladTable.StudentRegistration);
        var conflict = context.Collector(ProblemKind.ConflictingDuplicate, Severity.Error, OuladTable.StudentRegistration);
        foreach (var (row, original) in Repeats(keys))
        {
            var same = registrations.DateRegistration[row] == registrations.DateRegistration[original]
                && registrations.DateUnregistration[row] == registrations.DateUnregistration[original];
            (same ? exact : conflict).Add(registrations.Line[row], context.Keys.Registration(row), otherLine: registrations.Line[original]);
            drops.DropRegistration(row);
        }

        exact.Flush();
        conflict.Flush();
    }

    /// <summary>
    /// Returns each row whose key an earlier row has, with that earlier row, in row order. Sorting the
    /// keys costs 12 bytes a row for a moment, much less than a hash set of millions of keys.
    /// </summary>
    private static List<(int Row, int Original)> Repeats(long[] keys)
    {
        var rows = new int[keys.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = i;
        }

        Array.Sort(keys, rows);
        var repeats = new List<(int, int)>();
        var start = 0;
        while (start < keys.Length)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                // The sort is not stable, so the first row of the key is the smallest row index.
                var original = rows[start];
                for (var i = start + 1; i < end; i++)
                {
                    original = Math.Min(original, rows[i]);
                }

                for (var i = start; i < end; i++)
                {
                    if (rows[i] != original)
                    {
                        repeats.Add((rows[i], original));
                    }
                }
            }

            start = end;
        }

        repeats.Sort();
        return repeats;
    }

    private static long Pack(int high, int low) => ((long)high << 32) | (uint)low;

    private static bool SameNumber(double a, double b) => a.Equals(b);
}
