using CsvHelper;
using EduReport.Load;

namespace EduReport.Sample;

/// <summary>How many rows a sample run wrote.</summary>
public sealed record SampleSummary(int Students, long Registrations, long Submissions);

/// <summary>
/// Writes a synthetic OULAD-format dataset. Students are generated one at a time and their rows are
/// written at once, so memory stays flat however many students are asked for. The same seed and number
/// of students always give the same files.
/// </summary>
/// <remarks>
/// The distributions imitate OULAD's. Most students take one course and some take two or three, often
/// the same module again, whose coursework is then partly banked with negative days. Registrations
/// come weeks before the start, about three in ten students unregister, and scores follow the
/// student's ability. The quirks of the real data appear at similar rates: missing scores, exams
/// without results or dates, registrations without a date, late submissions, and submissions after
/// unregistering or after the end of the course.
/// </remarks>
public static class SampleGenerator
{
    /// <summary>The largest number of students, which keeps student ids below int.MaxValue.</summary>
    public const int MaxStudents = 10_000_000;

    private const int FirstStudentId = 6516;

    public static SampleSummary Write(string folder, int students, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(students, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(students, MaxStudents);
        Directory.CreateDirectory(folder);
        var courses = SampleCatalogue.Create();
        WriteCourses(folder, courses);
        WriteAssessments(folder, courses);

        var random = new SampleRandom(seed);
        var popularity = courses.Select(c => c.Popularity).ToArray();
        var totalPopularity = popularity.Sum();
        using var registrations = CsvWriter.ToFile(Path.Combine(folder, OuladSchema.FileName(OuladTable.StudentRegistration)));
        using var submissions = CsvWriter.ToFile(Path.Combine(folder, OuladSchema.FileName(OuladTable.StudentAssessment)));
        registrations.WriteHeader<RegistrationRecord>();
        submissions.WriteHeader<SubmissionRecord>();

        var student = new SampleStudentWriter(random, registrations, submissions);
        var id = FirstStudentId;
        var chosen = new List<SampleCourse>(3);
        for (var s = 0; s < students; s++)
        {
            id += random.Between(1, 150);
            chosen.Clear();
            var count = random.Chance(0.88) ? 1 : random.Chance(0.8) ? 2 : 3;
            var first = courses[random.Pick(popularity, totalPopularity)];
            chosen.Add(first);
            while (chosen.Count < count)
            {
                // Four in ten students who take another course retake a module in a later presentation.
                var retake = courses.FirstOrDefault(c => c.Module == first.Module && c.Term > chosen[^1].Term);
                var next = retake is not null && random.Chance(0.4) ? retake : courses[random.Pick(popularity, totalPopularity)];
                if (!chosen.Contains(next))
                {
                    chosen.Add(next);
                }
                else if (chosen.Count == courses.Count)
                {
                    break;
                }
            }

            student.Write(id, chosen.OrderBy(c => c.Term).ToArray());
        }

        return new SampleSummary(students, student.Registrations, student.Submissions);
    }

    private static void WriteCourses(string folder, IReadOnlyList<SampleCourse> courses)
    {
        using var writer = CsvWriter.ToFile(Path.Combine(folder, OuladSchema.FileName(OuladTable.Courses)));
        writer.WriteRecords(courses.Select(c => new CourseRecord(c.Module, c.Presentation, c.Length)));
    }

    private static void WriteAssessments(string folder, IReadOnlyList<SampleCourse> courses)
    {
        using var writer = CsvWriter.ToFile(Path.Combine(folder, OuladSchema.FileName(OuladTable.Assessments)));
        writer.WriteRecords(courses.SelectMany(c => c.Assessments.Select(a => new AssessmentRecord(
            c.Module,
            c.Presentation,
            a.Id,
            a.Type == AssessmentType.Exam ? "Exam" : a.Type.ToString().ToUpperInvariant(),
            a.Date,
            a.Weight))));
    }
}
