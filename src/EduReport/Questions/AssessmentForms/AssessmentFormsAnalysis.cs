using EduReport.Facts;
using EduReport.Load;
using EduReport.Questions.Segments;
using MathNet.Numerics.Statistics;

namespace EduReport.Questions.AssessmentForms;

/// <summary>
/// Compares the assessment forms, finds courses without exam results, and relates each enrolment's
/// weighted coursework score, Σ(score × weight) / Σ(weight) over its scored TMA and CMA submissions,
/// to its exam score, the mean of its scored exam attempts.
/// </summary>
public static class AssessmentFormsAnalysis
{
    public static AssessmentFormsResult Compute(FactSet facts)
    {
        var pairs = Pairs(facts);
        var enrolmentsWithExam = Enumerable.Range(0, facts.Enrolments.Count).Count(e => facts.Enrolments.ExamAttempts[e] > 0);
        return new AssessmentFormsResult(
            Enum.GetValues<AssessmentType>().Select(form => Form(facts, form)).ToArray(),
            StudentsWithLateSubmission(facts),
            WithoutExamResults(facts),
            Correlation(pairs, enrolmentsWithExam),
            ByQuartile(pairs),
            WhatIf(facts, pairs),
            pairs);
    }

    /// <summary>Returns an enrolment's weighted coursework score, or NaN when its weights sum to zero.</summary>
    public static double WeightedCourseworkScore(EnrolmentFacts enrolments, int e) =>
        enrolments.CourseworkWeight[e] > 0 ? enrolments.CourseworkWeightedSum[e] / enrolments.CourseworkWeight[e] : double.NaN;

    private static FormRow Form(FactSet facts, AssessmentType form)
    {
        var types = facts.Dataset.Assessments.Type;
        var a = facts.Assessments;
        var (assessments, submissions, scored, passed, withDeadline, late, scoreSum) = (0, 0, 0, 0, 0, 0, 0.0);
        for (var i = 0; i < a.Count; i++)
        {
            if (types[i] != form)
            {
                continue;
            }

            assessments++;
            submissions += a.Submissions[i];
            scored += a.Attempts[i];
            passed += a.Passes[i];
            scoreSum += a.ScoreSum[i];
            withDeadline += a.SubmissionsWithDeadline[i];
            late += a.LateSubmissions[i];
        }

        var failed = scored - passed;
        return new FormRow(
            form,
            assessments,
            submissions,
            scored,
            scored == 0 ? null : scoreSum / scored,
            failed,
            Proportions.Share(failed, scored),
            Proportions.Wilson(failed, scored),
            withDeadline,
            late,
            Proportions.Share(late, withDeadline),
            Proportions.Wilson(late, withDeadline));
    }

    private static int StudentsWithLateSubmission(FactSet facts)
    {
        var students = new HashSet<int>();
        for (var e = 0; e < facts.Enrolments.Count; e++)
        {
            if (facts.Enrolments.LateSubmissions[e] > 0)
            {
                students.Add(facts.Enrolments.Student[e]);
            }
        }

        return students.Count;
    }

    private static CoursesWithoutExamResults WithoutExamResults(FactSet facts)
    {
        var courses = facts.Courses;
        var dataset = facts.Dataset;
        var list = Enumerable.Range(0, courses.Count)
            .Where(c => courses.ExamAttempts[c] == 0)
            .OrderBy(c => dataset.Modules[dataset.Courses.Module[c]], StringComparer.Ordinal)
            .ThenBy(c => dataset.Presentations[dataset.Courses.Presentation[c]], PresentationCode.Comparer)
            .Select(c => new CourseWithoutExamResults(dataset.CourseCode(c), courses.Exams[c], courses.Registrations[c]))
            .ToArray();
        var students = new HashSet<int>();
        var enrolments = facts.Enrolments;
        for (var e = 0; e < enrolments.Count; e++)
        {
            if (enrolments.Registered[e] && courses.ExamAttempts[enrolments.Course[e]] == 0)
            {
                students.Add(enrolments.Student[e]);
            }
        }

        return new CoursesWithoutExamResults(
            list.Length,
            courses.Count,
            Proportions.Share(list.Length, courses.Count) ?? 0,
            list.Count(c => c.ExamsDefined > 0),
            students.Count,
            list.Sum(c => c.Registrations),
            list);
    }

    private static ScorePair[] Pairs(FactSet facts)
    {
        var enrolments = facts.Enrolments;
        var pairs = new List<ScorePair>();
        for (var e = 0; e < enrolments.Count; e++)
        {
            var coursework = WeightedCourseworkScore(enrolments, e);
            if (enrolments.ExamAttempts[e] > 0 && double.IsFinite(coursework))
            {
                pairs.Add(new ScorePair(coursework, enrolments.ExamScoreSum[e] / enrolments.ExamAttempts[e], enrolments.Passed(e)));
            }
        }

        return [.. pairs];
    }

    private static CourseworkExamCorrelation Correlation(ScorePair[] pairs, int enrolmentsWithExam)
    {
        var without = enrolmentsWithExam - pairs.Length;
        if (pairs.Length < 2)
        {
            return new CourseworkExamCorrelation(enrolmentsWithExam, without, pairs.Length, null, null, null);
        }

        var coursework = pairs.Select(p => p.Coursework).ToArray();
        var exam = pairs.Select(p => p.Exam).ToArray();
        var pearson = MathNet.Numerics.Statistics.Correlation.Pearson(coursework, exam);
        var spearman = MathNet.Numerics.Statistics.Correlation.Spearman(coursework, exam);
        return new CourseworkExamCorrelation(
            enrolmentsWithExam,
            without,
            pairs.Length,
            Finite(pearson),
            Proportions.Fisher(pearson, pairs.Length),
            Finite(spearman));
    }

    /// <summary>Splits the pairs into quartiles of the coursework score with the same boundary rule as the segment scores: a value on a boundary goes up, and ties stay together.</summary>
    private static QuartileRow[] ByQuartile(ScorePair[] pairs)
    {
        if (pairs.Length == 0)
        {
            return [];
        }

        var scale = ScoreScale.Build(pairs.Select(p => p.Coursework).ToArray(), 4, []);
        var levels = scale.Levels;
        return levels.Select((level, i) =>
        {
            var members = pairs.Where(p => scale.Score(p.Coursework) == level.Score).ToArray();
            var passed = members.Count(p => p.Passed);
            return new QuartileRow(
                level.Score,
                level.AtLeast,
                i + 1 < levels.Count ? levels[i + 1].AtLeast : null,
                members.Length,
                passed,
                Proportions.Share(passed, members.Length),
                Proportions.Wilson(passed, members.Length));
        }).ToArray();
    }

    private static CourseworkWhatIf WhatIf(FactSet facts, ScorePair[] pairs)
    {
        var enrolments = facts.Enrolments;
        var definitions = facts.Definitions;
        var (count, withScore, wouldComplete, unregistered) = (0, 0, 0, 0);
        var students = new HashSet<int>();
        for (var e = 0; e < enrolments.Count; e++)
        {
            if (facts.Courses.ExamAttempts[enrolments.Course[e]] > 0)
            {
                continue;
            }

            count++;
            var coursework = WeightedCourseworkScore(enrolments, e);
            if (!double.IsFinite(coursework))
            {
                continue;
            }

            withScore++;
            if (!definitions.Passes(coursework))
            {
                continue;
            }

            wouldComplete++;
            students.Add(enrolments.Student[e]);
            if (enrolments.Registered[e] && Missing.HasDay(enrolments.DateUnregistration[e]))
            {
                unregistered++;
            }
        }

        return new CourseworkWhatIf(definitions.PassThreshold, count, withScore, count - withScore, wouldComplete, students.Count, unregistered, Agreement(pairs, definitions));
    }

    private static ConfusionMatrix Agreement(ScorePair[] pairs, Definitions definitions)
    {
        var (bothPass, courseworkOnly, examOnly, bothFail) = (0, 0, 0, 0);
        foreach (var pair in pairs)
        {
            switch (definitions.Passes(pair.Coursework), pair.Passed)
            {
                case (true, true):
                    bothPass++;
                    break;
                case (true, false):
                    courseworkOnly++;
                    break;
                case (false, true):
                    examOnly++;
                    break;
                default:
                    bothFail++;
                    break;
            }
        }

        var n = pairs.Length;
        if (n == 0)
        {
            return new ConfusionMatrix(0, 0, 0, 0, 0, null, null);
        }

        var observed = (double)(bothPass + bothFail) / n;
        var chance = (((double)(bothPass + courseworkOnly) * (bothPass + examOnly)) + ((double)(examOnly + bothFail) * (courseworkOnly + bothFail))) / ((double)n * n);
        double? kappa = chance >= 1 ? null : (observed - chance) / (1 - chance);
        return new ConfusionMatrix(bothPass, courseworkOnly, examOnly, bothFail, n, observed, kappa);
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
