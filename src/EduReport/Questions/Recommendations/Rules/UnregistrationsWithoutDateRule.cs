using EduReport.Analyse;
using EduReport.Load;
using EduReport.Problems;
using EduReport.Questions.DataQuality;

namespace EduReport.Questions.Recommendations.Rules;

/// <summary>
/// Counts the registrations that have an unregistration date but no registration date, as the data
/// checks found them, and fires when there are at least a configured number. A student cannot leave
/// a course that the platform has no record of joining, so such a registration was probably not logged.
/// </summary>
public sealed class UnregistrationsWithoutDateRule : IRecommendationRule
{
    public const string MinUnregistrations = "minUnregistrations";

    public string Id => "unregistrations_without_registration_date";

    public IReadOnlyList<RuleThreshold> Thresholds { get; } = [RuleThreshold.Count(MinUnregistrations, 1)];

    public RuleOutcome Evaluate(ReportResults results, RuleSettings settings)
    {
        var threshold = settings.Threshold(MinUnregistrations);
        var findings = results.DataQuality.Findings;
        var unregistrations = findings.Where(f => f.Kind == ProblemKind.UnregistrationWithoutRegistration).ToArray();
        var count = unregistrations.Sum(f => f.Count);
        var file = OuladSchema.FileName(OuladTable.StudentRegistration);

        // The checks cover the whole files even when the report covers one period, so the share is of the file's rows.
        var rows = results.DataQuality.Files.Where(f => f.File == file).Sum(f => f.RowsRead);
        var withoutDate = findings
            .Where(f => f.Kind == ProblemKind.MissingValue
                && f.File == file
                && f.Column == OuladSchema.DateRegistration)
            .Sum(f => f.Count);
        return RuleOutcome.Compare(count, threshold, Comparison.AtLeast, (int)Math.Min(count, int.MaxValue), () => new UnregistrationsWithoutDateEvidence(
            count,
            file,
            withoutDate,
            rows,
            unregistrations.SelectMany(f => f.Examples).Take(DataQualityAnalysis.ExamplesPerFinding).ToArray()));
    }
}

/// <param name="Unregistrations">Registrations with an unregistration date and no registration date.</param>
/// <param name="File">The registrations file they are in.</param>
/// <param name="RegistrationsWithoutDate">All registrations without a registration date, with an unregistration date or not.</param>
/// <param name="Registrations">The rows read from the registrations file, of every presentation whatever period the report covers.</param>
/// <param name="Examples">The first few such rows, by line, as the data-quality section shows them.</param>
public sealed record UnregistrationsWithoutDateEvidence(
    long Unregistrations,
    string File,
    long RegistrationsWithoutDate,
    long Registrations,
    IReadOnlyList<FindingExample> Examples);
