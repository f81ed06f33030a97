using EduReport.Analyse.Statistics;
using EduReport.Facts;
using EduReport.Load;

namespace EduReport.Questions.ExamPassDay;

/// <summary>Computes the mean and median pass day per module and per course from the enrolments' pass days.</summary>
public static class ExamPassDayAnalysis
{
    public static ExamPassDayResult Compute(FactSet facts)
    {
        var dataset = facts.Dataset;
        var courses = dataset.Courses;
        var enrolments = facts.Enrolments;
        var daysByCourse = new List<double>[courses.Count];
        for (var c = 0; c < courses.Count; c++)
        {
            daysByCourse[c] = [];
        }

        var passesWithoutDay = 0;
        for (var e = 0; e < enrolments.Count; e++)
        {
            if (!enrolments.Passed(e))
            {
                continue;
            }

            if (Missing.HasDay(enrolments.PassDay[e]))
            {
                daysByCourse[enrolments.Course[e]].Add(enrolments.PassDay[e]);
            }
            else
            {
                passesWithoutDay++;
            }
        }

        var byCourse = Enumerable.Range(0, courses.Count)
            .Where(c => daysByCourse[c].Count > 0)
            .Select(c => (Course: c, Summary: SummaryStatistics.From(daysByCourse[c])))
            .Select(x => new CoursePassDay(
                dataset.Modules[courses.Module[x.Course]],
                dataset.Presentations[courses.Presentation[x.Course]],
                x.Summary.Mean!.Value,
                x.Summary.Median!.Value,
                x.Summary.Count,
                x.Summary.LowerQuartile!.Value,
                x.Summary.UpperQuartile!.Value,
                x.Summary.Min!.Value,
                x.Summary.Max!.Value))
            .OrderBy(r => r.Module, StringComparer.Ordinal)
            .ThenBy(r => r.Presentation, PresentationCode.Comparer)
            .ToArray();

        var moduleCodes = Enumerable.Range(0, courses.Count)
            .GroupBy(c => dataset.Modules[courses.Module[c]], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToArray();
        var byModule = new List<ModulePassDay>();
        var withoutPasses = new List<string>();
        foreach (var module in moduleCodes)
        {
            var summary = SummaryStatistics.From(module.SelectMany(c => daysByCourse[c]));
            if (summary.Count == 0)
            {
                withoutPasses.Add(module.Key);
                continue;
            }

            byModule.Add(new ModulePassDay(
                module.Key,
                summary.Mean!.Value,
                summary.Median!.Value,
                summary.Count,
                summary.LowerQuartile!.Value,
                summary.UpperQuartile!.Value,
                summary.Min!.Value,
                summary.Max!.Value));
        }

        var byMean = byModule.OrderBy(m => m.Mean).ThenBy(m => m.Module, StringComparer.Ordinal).ToArray();
        return new ExamPassDayResult(
            byModule,
            byCourse,
            withoutPasses,
            byMean.FirstOrDefault(),
            byMean.Length > 0 ? byMean[^1] : null,
            passesWithoutDay);
    }
}
