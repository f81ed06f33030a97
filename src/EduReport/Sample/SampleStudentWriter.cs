using CsvHelper;
using EduReport.Load;

namespace EduReport.Sample;

/// <summary>Writes the registrations and submissions of one student at a time.</summary>
internal sealed class SampleStudentWriter(SampleRandom random, CsvWriter registrations, CsvWriter submissions)
{
    public long Registrations { get; private set; }

    public long Submissions { get; private set; }

    /// <summary>Writes a student's courses, which are in presentation order so that a retake follows the first attempt.</summary>
    public void Write(int id, IReadOnlyList<SampleCourse> courses)
    {
        // Ability shifts every score of the student; diligence is the chance of handing in each assessment.
        var ability = random.Normal(0, 1);
        var diligence = Math.Clamp(random.Normal(0.82 + (0.06 * ability), 0.15), 0.15, 1.0);
        string? previousModule = null;
        foreach (var course in courses)
        {
            var retake = previousModule == course.Module;
            WriteCourse(id, course, ability, diligence, retake);
            previousModule = course.Module;
        }
    }

    private void WriteCourse(int id, SampleCourse course, double ability, double diligence, bool retake)
    {
        // Registration: usually weeks before the start, sometimes after it; OULAD lacks 0.14% of the dates.
        int registered = random.Chance(0.05)
            ? random.Between(0, 30)
            : -(int)Math.Min(Math.Exp(random.Normal(3.8, 0.7)), 320);
        var noDate = random.Chance(0.0014);

        // About 31% unregister, a third of them before the start; registrations without a date mostly unregister.
        int? unregistered = null;
        if (random.Chance(noDate ? 0.85 : 0.31 - (0.05 * ability)))
        {
            // Never before the registration, which OULAD's data respect.
            var day = random.Chance(0.3)
                ? random.Between(Math.Min(registered, 0), 0)
                : 1 + (int)Math.Min(random.Exponential(60), course.Length - 1);
            unregistered = Math.Max(day, registered);
        }

        registrations.WriteRecord(new RegistrationRecord(course.Module, course.Presentation, id, noDate ? null : registered, unregistered));
        Registrations++;

        var leftAfterOne = false;
        foreach (var assessment in course.Assessments)
        {
            if (!assessment.HasResults)
            {
                continue;
            }

            var deadline = assessment.Date ?? course.Length - 4;
            if (unregistered is { } left && deadline > left)
            {
                // A few students hand in one more piece of work after unregistering.
                if (leftAfterOne || !random.Chance(0.02))
                {
                    break;
                }

                leftAfterOne = true;
            }

            if (retake && assessment.Type != AssessmentType.Exam && random.Chance(0.5))
            {
                WriteSubmission(assessment.Id, id, -random.Between(1, 30), banked: true, Score(assessment.Type, ability));
                continue;
            }

            var handIn = assessment.Type == AssessmentType.Exam ? diligence * 0.85 : diligence;
            if (!random.Chance(Math.Max(handIn, 0.05)))
            {
                continue;
            }

            WriteSubmission(assessment.Id, id, deadline + Delay(assessment.Type, course.Length - deadline), banked: false, Score(assessment.Type, ability));
        }
    }

    private void WriteSubmission(int assessment, int student, int day, bool banked, double? score)
    {
        submissions.WriteRecord(new SubmissionRecord(assessment, student, day, banked ? 1 : 0, score));
        Submissions++;
    }

    /// <summary>Days from the deadline to the submission: mostly early, some late, a few weeks late and a few after the end.</summary>
    private int Delay(AssessmentType type, int daysToEnd)
    {
        if (type == AssessmentType.Exam)
        {
            return random.Between(-2, 2);
        }

        var draw = random.Chance(0.72) ? -random.Between(0, type == AssessmentType.Cma ? 40 : 8)
            : random.Chance(0.9) ? random.Between(1, 14)
            : random.Between(15, 120);
        return Math.Min(draw, daysToEnd + random.Between(-20, 10));
    }

    /// <summary>A whole score from 0 to 100, or null for the 0.1% that OULAD lacks.</summary>
    private double? Score(AssessmentType type, double ability)
    {
        if (random.Chance(0.001))
        {
            return null;
        }

        var (mean, deviation) = type switch
        {
            AssessmentType.Exam => (64.0, 14.0),
            AssessmentType.Cma => (80.0, 12.0),
            _ => (73.0, 12.0),
        };
        return Math.Clamp(Math.Round(random.Normal(mean + (10 * ability), deviation)), 0, 100);
    }
}
