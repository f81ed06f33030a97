using EduReport.Load;

namespace EduReport.Periods;

/// <summary>
/// Restricts a dataset to some courses: the course, assessment and registration rows of the kept
/// module and presentation pairs, and the submissions of the kept assessments. A submission of an
/// assessment that assessments.csv lacks belongs to no presentation, so it is left out.
/// </summary>
internal static class DatasetSubset
{
    /// <param name="keep">Whether the rows of a module and presentation, as code book indexes, are kept.</param>
    public static Dataset Of(Dataset dataset, Func<int, int, bool> keep)
    {
        var c = dataset.Courses;
        var keepCourse = Mask(c.Count, row => keep(c.Module[row], c.Presentation[row]));
        var courseIndex = NewIndexes(keepCourse);
        int MapCourse(int course) => course < 0 ? course : courseIndex[course];
        var courses = new CourseTable
        {
            Module = Keep(c.Module, keepCourse),
            Presentation = Keep(c.Presentation, keepCourse),
            Length = Keep(c.Length, keepCourse),
            Line = Keep(c.Line, keepCourse),
        };

        var a = dataset.Assessments;
        var keepAssessment = Mask(a.Count, row => keep(a.Module[row], a.Presentation[row]));
        var assessmentIndex = NewIndexes(keepAssessment);
        var assessments = new AssessmentTable
        {
            Id = Keep(a.Id, keepAssessment),
            Course = Keep(a.Course, keepAssessment, MapCourse),
            Module = Keep(a.Module, keepAssessment),
            Presentation = Keep(a.Presentation, keepAssessment),
            Type = Keep(a.Type, keepAssessment),
            Date = Keep(a.Date, keepAssessment),
            Weight = Keep(a.Weight, keepAssessment),
            Line = Keep(a.Line, keepAssessment),
        };

        var s = dataset.Submissions;
        var keepSubmission = Mask(s.Count, row => s.Assessment[row] >= 0 && keepAssessment[s.Assessment[row]]);
        var submissions = new SubmissionTable
        {
            Assessment = Keep(s.Assessment, keepSubmission, assessment => assessmentIndex[assessment]),
            AssessmentId = Keep(s.AssessmentId, keepSubmission),
            Student = Keep(s.Student, keepSubmission),
            DateSubmitted = Keep(s.DateSubmitted, keepSubmission),
            IsBanked = Keep(s.IsBanked, keepSubmission),
            Score = Keep(s.Score, keepSubmission),
            Line = Keep(s.Line, keepSubmission),
        };

        var r = dataset.Registrations;
        var keepRegistration = Mask(r.Count, row => keep(r.Module[row], r.Presentation[row]));
        var registrations = new RegistrationTable
        {
            Course = Keep(r.Course, keepRegistration, MapCourse),
            Module = Keep(r.Module, keepRegistration),
            Presentation = Keep(r.Presentation, keepRegistration),
            Student = Keep(r.Student, keepRegistration),
            DateRegistration = Keep(r.DateRegistration, keepRegistration),
            DateUnregistration = Keep(r.DateUnregistration, keepRegistration),
            Line = Keep(r.Line, keepRegistration),
        };

        return new Dataset(dataset.Modules, dataset.Presentations, courses, assessments, submissions, registrations, dataset.Sources);
    }

    private static bool[] Mask(int count, Func<int, bool> keep)
    {
        var mask = new bool[count];
        for (var row = 0; row < count; row++)
        {
            mask[row] = keep(row);
        }

        return mask;
    }

    /// <summary>Returns the new index of each kept row, and -1 for the others.</summary>
    private static int[] NewIndexes(bool[] kept)
    {
        var indexes = new int[kept.Length];
        var next = 0;
        for (var row = 0; row < kept.Length; row++)
        {
            indexes[row] = kept[row] ? next++ : -1;
        }

        return indexes;
    }

    private static T[] Keep<T>(T[] values, bool[] kept, Func<T, T>? map = null)
    {
        var result = new T[kept.Count(k => k)];
        var next = 0;
        for (var row = 0; row < values.Length; row++)
        {
            if (kept[row])
            {
                result[next++] = map is null ? values[row] : map(values[row]);
            }
        }

        return result;
    }
}
