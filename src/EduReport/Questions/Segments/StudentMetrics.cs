using EduReport.Facts;
using EduReport.Load;

namespace EduReport.Questions.Segments;

/// <summary>
/// The <see cref="StudentMetric"/> values of every student, indexed like <see cref="StudentFacts"/>.
/// A metric that is undefined for a student, such as the exam score of a student who sat no exam, is NaN.
/// </summary>
public sealed class StudentMetrics
{
    private readonly double[][] _values;

    private StudentMetrics(double[][] values, int count)
    {
        _values = values;
        Count = count;
    }

    public int Count { get; }

    /// <summary>Returns the values of one metric, one per student.</summary>
    public double[] this[StudentMetric metric] => _values[(int)metric];

    /// <summary>
    /// Computes every metric from the enrolment facts. Course counts follow the definitions' course
    /// scope, so that with <see cref="CourseScope.Module"/> two presentations of one module count once.
    /// </summary>
    public static StudentMetrics Compute(FactSet facts)
    {
        var students = facts.Students;
        var enrolments = facts.Enrolments;
        var values = StudentMetricKeys.All.Select(_ => new double[students.Count]).ToArray();
        var counter = new CourseCounter(facts);

        for (var student = 0; student < students.Count; student++)
        {
            var (examAttempts, examPasses, examScoreSum) = (0, 0, 0.0);
            var (examDaySum, examDayCount) = (0L, 0);
            var (leadSum, leadCount) = (0.0, 0);
            var (courseworkSum, courseworkCount) = (0.0, 0);
            counter.Clear();

            var (first, end) = (students.FirstEnrolment[student], students.FirstEnrolment[student + 1]);
            for (var e = first; e < end; e++)
            {
                examAttempts += enrolments.ExamAttempts[e];
                examPasses += enrolments.ExamPasses[e];
                examScoreSum += enrolments.ExamScoreSum[e];
                examDaySum += enrolments.ExamDaySum[e];
                examDayCount += enrolments.ExamDayCount[e];
                courseworkSum += enrolments.CourseworkScoreSum[e];
                courseworkCount += enrolments.CourseworkCount[e];
                if (enrolments.Registered[e] && Missing.HasDay(enrolments.DateRegistration[e]))
                {
                    leadSum -= enrolments.DateRegistration[e];
                    leadCount++;
                }

                counter.Add(e);
            }

            values[(int)StudentMetric.Recency][student] = Ratio(examDaySum, examDayCount);
            values[(int)StudentMetric.Frequency][student] = Ratio(examPasses, examAttempts);
            values[(int)StudentMetric.Monetary][student] = Ratio(examScoreSum, examAttempts);
            values[(int)StudentMetric.LeadTime][student] = Ratio(leadSum, leadCount);
            values[(int)StudentMetric.CoursesRegistered][student] = counter.Registered;
            values[(int)StudentMetric.CoursesCompleted][student] = counter.Completed;
            values[(int)StudentMetric.CoursesUnregistered][student] = counter.Unregistered;
            values[(int)StudentMetric.CourseworkScore][student] = Ratio(courseworkSum, courseworkCount);
        }

        return new StudentMetrics(values, students.Count);
    }

    /// <summary>Wraps given values, one array per metric in <see cref="StudentMetric"/> order, for tests of code that reads metrics.</summary>
    internal static StudentMetrics FromValues(double[][] values)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(values.Length, StudentMetricKeys.All.Count);
        return new StudentMetrics(values, values[0].Length);
    }

    private static double Ratio(double sum, int count) => count == 0 ? double.NaN : sum / count;

    /// <summary>Counts one student's registered, completed and unregistered courses, by presentation or by module.</summary>
    private sealed class CourseCounter(FactSet facts)
    {
        private readonly bool _byModule = facts.Definitions.CourseScope == CourseScope.Module;
        private readonly HashSet<int> _registered = [];
        private readonly HashSet<int> _completed = [];
        private readonly HashSet<int> _unregistered = [];

        public int Registered => _registered.Count;

        public int Completed => _completed.Count;

        public int Unregistered => _unregistered.Count;

        public void Clear()
        {
            _registered.Clear();
            _completed.Clear();
            _unregistered.Clear();
        }

        public void Add(int e)
        {
            var enrolments = facts.Enrolments;
            var course = enrolments.Course[e];
            var key = _byModule ? facts.Dataset.Courses.Module[course] : course;
            if (enrolments.Registered[e])
            {
                _registered.Add(key);
                if (Missing.HasDay(enrolments.DateUnregistration[e]))
                {
                    _unregistered.Add(key);
                }
            }

            if (enrolments.Passed(e))
            {
                _completed.Add(key);
            }
        }
    }
}
