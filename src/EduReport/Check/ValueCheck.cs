using EduReport.Load;
using EduReport.Problems;

namespace EduReport.Check;

/// <summary>
/// Checks single values: missing values where one is expected, scores outside 0 to 100 and negative
/// weights. Impossible scores and weights are blanked, so that the analysis treats them as missing.
/// Rows already dropped as repeats are not checked again.
/// </summary>
internal static class ValueCheck
{
    public static void Run(CheckContext context, RowDrops drops)
    {
        MissingValues(context, drops);
        Scores(context, drops);
        Weights(context, drops);
    }

    private static void MissingValues(CheckContext context, RowDrops drops)
    {
        var dataset = context.Dataset;
        var length = context.Collector(ProblemKind.MissingValue, Severity.Warning, OuladTable.Courses, OuladSchema.ModulePresentationLength);
        for (var row = 0; row < dataset.Courses.Count; row++)
        {
            if (!Missing.HasDay(dataset.Courses.Length[row]))
            {
                length.Add(dataset.Courses.Line[row], context.Keys.CourseRow(row));
            }
        }

        length.Flush();

        // A missing assessment date is reported as AssessmentWithoutDate, with the assessment's type.
        var weight = context.Collector(ProblemKind.MissingValue, Severity.Warning, OuladTable.Assessments, OuladSchema.Weight);
        for (var row = 0; row < dataset.Assessments.Count; row++)
        {
            if (!drops.IsAssessmentDropped(row) && !Missing.HasValue(dataset.Assessments.Weight[row]))
            {
                weight.Add(dataset.Assessments.Line[row], context.Keys.Assessment(row));
            }
        }

        weight.Flush();

        var submissions = dataset.Submissions;
        var submitted = context.Collector(ProblemKind.MissingValue, Severity.Warning, OuladTable.StudentAssessment, OuladSchema.DateSubmitted);
        var score = context.Collector(ProblemKind.MissingValue, Severity.Warning, OuladTable.StudentAssessment, OuladSchema.Score);
        for (var row = 0; row < submissions.Count; row++)
        {
            if (drops.IsSubmissionDropped(row))
            {
                continue;
            }

            if (!Missing.HasDay(submissions.DateSubmitted[row]))
            {
                if (submitted.Next())
                {
                    submitted.Example(submissions.Line[row], context.Keys.Submission(row));
                }
            }

            if (!Missing.HasValue(submissions.Score[row]))
            {
                if (score.Next())
                {
                    score.Example(submissions.Line[row], context.Keys.Submission(row));
                }
            }
        }

        submitted.Flush();
        score.Flush();

        // A missing unregistration date means that the student stayed, so only the registration date is checked.
        var registrations = dataset.Registrations;
        var registered = context.Collector(ProblemKind.MissingValue, Severity.Warning, OuladTable.StudentRegistration, OuladSchema.DateRegistration);
        for (var row = 0; row < registrations.Count; row++)
        {
            if (!Missing.HasDay(registrations.DateRegistration[row]))
            {
                if (registered.Next())
                {
                    registered.Example(registrations.Line[row], context.Keys.Registration(row));
                }
            }
        }

        registered.Flush();
    }

    private static void Scores(CheckContext context, RowDrops drops)
    {
        var submissions = context.Dataset.Submissions;
        var outside = context.Collector(ProblemKind.ScoreOutOfRange, Severity.Error, OuladTable.StudentAssessment, OuladSchema.Score);
        for (var row = 0; row < submissions.Count; row++)
        {
            var score = submissions.Score[row];
            if (!drops.IsSubmissionDropped(row) && score is < 0 or > 100)
            {
                if (outside.Next())
                {
                    outside.Example(submissions.Line[row], context.Keys.Submission(row), context.Value(RowKeys.Number(score)));
                }
                drops.BlankScore(row);
            }
        }

        outside.Flush();
    }

    private static void Weights(CheckContext context, RowDrops drops)
    {
        var assessments = context.Dataset.Assessments;
        var negative = context.Collector(ProblemKind.NegativeWeight, Severity.Error, OuladTable.Assessments, OuladSchema.Weight);
        for (var row = 0; row < assessments.Count; row++)
        {
            if (!drops.IsAssessmentDropped(row) && assessments.Weight[row] < 0)
            {
                negative.Add(assessments.Line[row], context.Keys.Assessment(row), context.Value(RowKeys.Number(assessments.Weight[row])));
                drops.BlankWeight(row);
            }
        }

        negative.Flush();
    }
}
