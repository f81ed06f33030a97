using EduReport.Load;
using EduReport.Problems;

namespace EduReport.Check;

/// <summary>
/// Finds unusual registration lead times (days from registration to the start of the course) and
/// submission delays (days from the deadline to the submission) by the interquartile-range rule.
/// Outliers are notes, not errors: they are real but rare, or a sign of a wrong date.
/// </summary>
internal static class OutlierCheck
{
    public static (OutlierFences? LeadTime, OutlierFences? Delay) Run(CheckContext context)
    {
        return (LeadTime(context), Delay(context));
    }

    private static OutlierFences? LeadTime(CheckContext context)
    {
        var registrations = context.Dataset.Registrations;
        var values = new List<float>(registrations.Count);
        foreach (var day in registrations.DateRegistration)
        {
            if (Missing.HasDay(day))
            {
                values.Add(-(float)day);
            }
        }

        var fences = OutlierFences.Compute([.. values]);
        if (fences is null)
        {
            return null;
        }

        var outliers = context.Collector(ProblemKind.RegistrationLeadTimeOutlier, Severity.Info, OuladTable.StudentRegistration, OuladSchema.DateRegistration);
        for (var row = 0; row < registrations.Count; row++)
        {
            var day = registrations.DateRegistration[row];
            if (Missing.HasDay(day) && fences.IsOutlier(-(double)day))
            {
                if (outliers.Next())
                {
                    outliers.Example(registrations.Line[row], context.Keys.Registration(row), context.Value(RowKeys.Day(day)));
                }
            }
        }

        outliers.Flush();
        return fences;
    }

    private static OutlierFences? Delay(CheckContext context)
    {
        var dataset = context.Dataset;
        var submissions = dataset.Submissions;
        var assessments = dataset.Assessments;
        var delays = new float[submissions.Count];
        var count = 0;
        for (var row = 0; row < submissions.Count; row++)
        {
            if (DelayOf(row) is { } delay)
            {
                delays[count++] = delay;
            }
        }

        Array.Resize(ref delays, count);
        var fences = OutlierFences.Compute(delays);
        if (fences is null)
        {
            return null;
        }

        var outliers = context.Collector(ProblemKind.SubmissionDelayOutlier, Severity.Info, OuladTable.StudentAssessment, OuladSchema.DateSubmitted);
        for (var row = 0; row < submissions.Count; row++)
        {
            if (DelayOf(row) is { } delay && fences.IsOutlier(delay))
            {
                if (outliers.Next())
                {
                    outliers.Example(submissions.Line[row], context.Keys.Submission(row), context.Value(RowKeys.Day(submissions.DateSubmitted[row])), 0, context.Arguments("delay " + RowKeys.Day(delay)));
                }
            }
        }

        outliers.Flush();
        return fences;

        // Banked results keep the date of the earlier presentation, so they have no delay here.
        int? DelayOf(int row)
        {
            var assessment = submissions.Assessment[row];
            var day = submissions.DateSubmitted[row];
            if (assessment < 0 || submissions.IsBanked[row] || !Missing.HasDay(day) || !Missing.HasDay(assessments.Date[assessment]))
            {
                return null;
            }

            return day - assessments.Date[assessment];
        }
    }
}
