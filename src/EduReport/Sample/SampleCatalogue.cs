using EduReport.Load;

namespace EduReport.Sample;

/// <summary>One assessment of a sample course.</summary>
/// <param name="Id">id_assessment.</param>
/// <param name="Type">TMA, CMA or Exam.</param>
/// <param name="Date">The deadline in days from the start, or null (OULAD leaves many exam dates out).</param>
/// <param name="Weight">The weight in percent.</param>
/// <param name="HasResults">Whether submissions are written for it; OULAD has no results for most exams.</param>
internal sealed record SampleAssessment(int Id, AssessmentType Type, int? Date, double Weight, bool HasResults);

/// <summary>One course of the sample, with its assessments in deadline order.</summary>
/// <param name="Popularity">The relative number of registrations, from OULAD's course sizes.</param>
internal sealed record SampleCourse(string Module, string Presentation, int Length, double Popularity, IReadOnlyList<SampleAssessment> Assessments)
{
    /// <summary>The order of presentations in time: 2013B, 2013J, 2014B, 2014J.</summary>
    public int Term => (int.Parse(Presentation[..4], System.Globalization.CultureInfo.InvariantCulture) * 2) + (Presentation[4] == 'J' ? 1 : 0);
}

/// <summary>
/// The courses and assessments of the sample: OULAD's 22 module presentations with assessment
/// plans shaped like OULAD's, including its quirks. Exams of AAA, BBB, EEE, FFF and GGG have no
/// results; CCC has two exams of weight 100; FFF's CMAs and all of GGG's coursework weigh 0; several
/// exams have no date.
/// </summary>
internal static class SampleCatalogue
{
    private const int FirstAssessmentId = 1752;

    // Module, presentations, relative size, TMA weights, CMA weights, exams (weight, has a date, has results).
    private static readonly (string Module, string[] Presentations, double Size, double[] Tma, double[] Cma, (double Weight, bool Dated, bool Results)[] Exams)[] Plans =
    [
        ("AAA", ["2013J", "2014J"], 0.5, [10, 20, 20, 20, 30], [], [(100, false, false)]),
        ("BBB", ["2013B", "2013J", "2014B", "2014J"], 1.9, [5, 18, 18, 18, 18, 18], [1, 1, 1, 1, 1], [(100, false, false)]),
        ("CCC", ["2014B", "2014J"], 2.2, [9, 22, 22, 22], [2, 7, 8, 8], [(100, true, true), (100, false, false)]),
        ("DDD", ["2013B", "2013J", "2014B", "2014J"], 1.5, [10, 12.5, 17.5, 20, 20, 20], [], [(100, true, true)]),
        ("EEE", ["2013J", "2014B", "2014J"], 1.0, [16, 20, 30, 34], [], [(100, true, false)]),
        ("FFF", ["2013B", "2013J", "2014B", "2014J"], 2.0, [12.5, 17.5, 20, 25, 25], [0, 0, 0, 0, 0, 0, 0], [(100, true, false)]),
        ("GGG", ["2013J", "2014B", "2014J"], 0.9, [0, 0, 0], [0, 0, 0, 0, 0, 0], [(100, true, false)]),
    ];

    public static IReadOnlyList<SampleCourse> Create()
    {
        var courses = new List<SampleCourse>();
        var nextId = FirstAssessmentId;
        foreach (var plan in Plans)
        {
            foreach (var presentation in plan.Presentations)
            {
                // February (B) presentations are shorter than October (J) ones, as in OULAD.
                var length = presentation[4] == 'B' ? 240 : 268;
                var assessments = new List<SampleAssessment>();
                for (var i = 0; i < plan.Tma.Length; i++)
                {
                    assessments.Add(new SampleAssessment(nextId++, AssessmentType.Tma, Spread(i, plan.Tma.Length, 19, length - 30), plan.Tma[i], true));
                }

                for (var i = 0; i < plan.Cma.Length; i++)
                {
                    assessments.Add(new SampleAssessment(nextId++, AssessmentType.Cma, Spread(i, plan.Cma.Length, 25, length - 20), plan.Cma[i], true));
                }

                // DDD 2014J's exam has no date in OULAD, although it has results.
                foreach (var exam in plan.Exams)
                {
                    var dated = exam.Dated && !(plan.Module == "DDD" && presentation == "2014J");
                    assessments.Add(new SampleAssessment(nextId++, AssessmentType.Exam, dated ? length - 6 : null, exam.Weight, exam.Results));
                }

                courses.Add(new SampleCourse(plan.Module, presentation, length, plan.Size, [.. assessments.OrderBy(a => a.Date ?? length)]));
            }
        }

        return courses;
    }

    private static int Spread(int index, int count, int first, int last) =>
        count == 1 ? first : first + (int)Math.Round((last - first) * index / (double)(count - 1));
}
