using EduReport.Load;

namespace EduReport.Facts;

/// <summary>Builds the <see cref="FactSet"/> from the raw tables in one pass over each table.</summary>
public static class FactsBuilder
{
    public static FactSet Build(Dataset dataset, Definitions definitions)
    {
        var registrations = dataset.Registrations;
        var submissions = dataset.Submissions;
        var assessments = dataset.Assessments;
        var courseCount = dataset.Courses.Count;

        var studentIds = DistinctStudents(dataset);
        var studentIndex = new Dictionary<int, int>(studentIds.Length);
        for (var i = 0; i < studentIds.Length; i++)
        {
            studentIndex.Add(studentIds[i], i);
        }

        // An enrolment key orders enrolments by student, then by course.
        long Key(int student, int course) => ((long)student * courseCount) + course;

        var keys = new HashSet<long>(registrations.Count);
        for (var row = 0; row < registrations.Count; row++)
        {
            if (registrations.Course[row] >= 0)
            {
                keys.Add(Key(studentIndex[registrations.Student[row]], registrations.Course[row]));
            }
        }

        for (var row = 0; row < submissions.Count; row++)
        {
            var assessment = submissions.Assessment[row];
            if (assessment >= 0 && assessments.Course[assessment] >= 0)
            {
                keys.Add(Key(studentIndex[submissions.Student[row]], assessments.Course[assessment]));
            }
        }

        var sortedKeys = keys.ToArray();
        Array.Sort(sortedKeys);
        var enrolmentIndex = new Dictionary<long, int>(sortedKeys.Length);
        for (var i = 0; i < sortedKeys.Length; i++)
        {
            enrolmentIndex.Add(sortedKeys[i], i);
        }

        var enrolments = NewEnrolments(sortedKeys, courseCount);
        // Enrolments are sorted by student, so each student's enrolments follow one another.
        var firstEnrolment = new int[studentIds.Length + 1];
        foreach (var student in enrolments.Student)
        {
            firstEnrolment[student + 1]++;
        }

        for (var i = 1; i < firstEnrolment.Length; i++)
        {
            firstEnrolment[i] += firstEnrolment[i - 1];
        }

        var courses = NewCourses(courseCount);
        for (var row = 0; row < registrations.Count; row++)
        {
            var course = registrations.Course[row];
            if (course < 0)
            {
                continue;
            }

            var e = enrolmentIndex[Key(studentIndex[registrations.Student[row]], course)];
            if (enrolments.Registered[e])
            {
                // A repeated registration row counts once; the data-quality checks report it.
                continue;
            }

            enrolments.Registered[e] = true;
            enrolments.DateRegistration[e] = registrations.DateRegistration[row];
            var unregistered = registrations.DateUnregistration[row];
            enrolments.DateUnregistration[e] = unregistered;
            courses.Registrations[course]++;
            if (Missing.HasDay(unregistered))
            {
                if (unregistered > 0)
                {
                    courses.UnregistrationsAfterStart[course]++;
                }
                else
                {
                    courses.UnregistrationsBeforeStart[course]++;
                }
            }
        }

        for (var a = 0; a < assessments.Count; a++)
        {
            if (assessments.Type[a] == AssessmentType.Exam && assessments.Course[a] >= 0)
            {
                courses.Exams[assessments.Course[a]]++;
            }
        }

        var assessmentFacts = NewAssessments(assessments.Count);
        var scoresByType = Enum.GetValues<AssessmentType>().Select(_ => new GrowableArray<float>()).ToArray();
        var deadlineDelays = new GrowableArray<int>(submissions.Count);
        for (var row = 0; row < submissions.Count; row++)
        {
            var a = submissions.Assessment[row];
            if (a < 0)
            {
                continue;
            }

            assessmentFacts.Submissions[a]++;
            var course = assessments.Course[a];
            if (course < 0)
            {
                continue;
            }

            var e = enrolmentIndex[Key(studentIndex[submissions.Student[row]], course)];
            AddDeadline(enrolments, courses, assessmentFacts, deadlineDelays, submissions, row, a, course, assessments.Date[a], e);
            var score = submissions.Score[row];
            if (float.IsNaN(score) || (submissions.IsBanked[row] && !definitions.IncludeBanked))
            {
                continue;
            }

            var passed = definitions.Passes(score);
            assessmentFacts.Attempts[a]++;
            assessmentFacts.ScoreSum[a] += score;
            scoresByType[(int)assessments.Type[a]].Add(score);
            if (passed)
            {
                assessmentFacts.Passes[a]++;
            }

            if (assessments.Type[a] == AssessmentType.Exam)
            {
                AddExamAttempt(enrolments, courses, e, course, score, passed, submissions.DateSubmitted[row]);
            }
            else
            {
                AddCoursework(enrolments, courses, e, course, score, assessments.Weight[a]);
            }
        }

        return new FactSet(
            dataset,
            definitions,
            new StudentFacts { Id = studentIds, FirstEnrolment = firstEnrolment },
            enrolments,
            courses,
            assessmentFacts,
            new SubmissionFacts
            {
                ScoresByType = scoresByType.Select(scores => scores.ToArray()).ToArray(),
                DeadlineDelays = deadlineDelays.ToArray(),
            });
    }

    private static void AddExamAttempt(EnrolmentFacts enrolments, CourseFacts courses, int e, int course, float score, bool passed, int day)
    {
        enrolments.ExamAttempts[e]++;
        enrolments.ExamScoreSum[e] += score;
        courses.ExamAttempts[course]++;
        courses.ExamScoreSum[course] += score;
        if (Missing.HasDay(day))
        {
            enrolments.ExamDaySum[e] += day;
            enrolments.ExamDayCount[e]++;
            courses.ExamDaySum[course] += day;
            courses.ExamDayCount[course]++;
        }

        if (passed)
        {
            enrolments.ExamPasses[e]++;
            courses.ExamPasses[course]++;
            if (Missing.HasDay(day) && (!Missing.HasDay(enrolments.PassDay[e]) || day > enrolments.PassDay[e]))
            {
                enrolments.PassDay[e] = day;
            }
        }
    }

    /// <summary>Counts a submission against its deadline (late when submitted after the assessment's date) and records its delay in days.</summary>
    private static void AddDeadline(EnrolmentFacts enrolments, CourseFacts courses, AssessmentFacts assessmentFacts, GrowableArray<int> delays, SubmissionTable submissions, int row, int a, int course, int deadline, int e)
    {
        var submitted = submissions.DateSubmitted[row];
        if (submissions.IsBanked[row] || !Missing.HasDay(deadline) || !Missing.HasDay(submitted))
        {
            return;
        }

        var late = submitted > deadline;
        delays.Add(submitted - deadline);
        enrolments.SubmissionsWithDeadline[e]++;
        courses.SubmissionsWithDeadline[course]++;
        assessmentFacts.SubmissionsWithDeadline[a]++;
        if (late)
        {
            enrolments.LateSubmissions[e]++;
            courses.LateSubmissions[course]++;
            assessmentFacts.LateSubmissions[a]++;
        }
    }

    private static void AddCoursework(EnrolmentFacts enrolments, CourseFacts courses, int e, int course, float score, double weight)
    {
        enrolments.CourseworkScoreSum[e] += score;
        enrolments.CourseworkCount[e]++;
        courses.CourseworkScoreSum[course] += score;
        courses.CourseworkCount[course]++;
        if (Missing.HasValue(weight))
        {
            enrolments.CourseworkWeightedSum[e] += score * weight;
            enrolments.CourseworkWeight[e] += weight;
        }
    }

    private static int[] DistinctStudents(Dataset dataset)
    {
        var ids = new HashSet<int>(dataset.Registrations.Student);
        ids.UnionWith(dataset.Submissions.Student);
        var sorted = ids.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private static EnrolmentFacts NewEnrolments(long[] sortedKeys, int courseCount)
    {
        var count = sortedKeys.Length;
        var facts = new EnrolmentFacts
        {
            Student = new int[count],
            Course = new int[count],
            Registered = new bool[count],
            DateRegistration = new int[count],
            DateUnregistration = new int[count],
            ExamAttempts = new int[count],
            ExamPasses = new int[count],
            ExamScoreSum = new double[count],
            ExamDaySum = new long[count],
            ExamDayCount = new int[count],
            PassDay = new int[count],
            CourseworkWeightedSum = new double[count],
            CourseworkWeight = new double[count],
            CourseworkScoreSum = new double[count],
            CourseworkCount = new int[count],
            SubmissionsWithDeadline = new int[count],
            LateSubmissions = new int[count],
        };
        for (var e = 0; e < count; e++)
        {
            facts.Student[e] = (int)(sortedKeys[e] / courseCount);
            facts.Course[e] = (int)(sortedKeys[e] % courseCount);
        }

        Array.Fill(facts.DateRegistration, Missing.Day);
        Array.Fill(facts.DateUnregistration, Missing.Day);
        Array.Fill(facts.PassDay, Missing.Day);
        return facts;
    }

    private static CourseFacts NewCourses(int count) => new()
    {
        Registrations = new int[count],
        UnregistrationsBeforeStart = new int[count],
        UnregistrationsAfterStart = new int[count],
        Exams = new int[count],
        ExamAttempts = new int[count],
        ExamPasses = new int[count],
        ExamScoreSum = new double[count],
        ExamDaySum = new long[count],
        ExamDayCount = new int[count],
        CourseworkScoreSum = new double[count],
        CourseworkCount = new int[count],
        SubmissionsWithDeadline = new int[count],
        LateSubmissions = new int[count],
    };

    private static AssessmentFacts NewAssessments(int count) => new()
    {
        Submissions = new int[count],
        Attempts = new int[count],
        Passes = new int[count],
        ScoreSum = new double[count],
        SubmissionsWithDeadline = new int[count],
        LateSubmissions = new int[count],
    };
}
