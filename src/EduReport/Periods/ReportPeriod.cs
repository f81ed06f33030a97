namespace EduReport.Periods;

/// <summary>The presentations a report covers, chosen by the period setting.</summary>
/// <param name="Setting">The period setting as written: "all", "latest", a presentation code such as 2014J, or a range such as 2013J..2014J.</param>
/// <param name="Presentations">The presentations covered, in time order, spelt as in the data.</param>
/// <param name="PresentationsInData">Every presentation in courses.csv, in time order.</param>
/// <param name="CoversAllData">Whether the period covers every presentation in the data, so that no module has an earlier presentation.</param>
public sealed record ReportPeriod(
    string Setting,
    IReadOnlyList<string> Presentations,
    IReadOnlyList<string> PresentationsInData,
    bool CoversAllData);

/// <summary>One module of a period and the presentations of it that the period's change is measured against.</summary>
/// <param name="Presentations">The module's presentations in the period, in time order.</param>
/// <param name="PreviousPresentations">As many of the module's presentations as the period has, taken from those just before the first one; fewer when fewer exist, and none for a module new in the period.</param>
public sealed record ModulePeriod(string Module, IReadOnlyList<string> Presentations, IReadOnlyList<string> PreviousPresentations)
{
    /// <summary>Whether the module has no presentation before the period.</summary>
    public bool IsNew => PreviousPresentations.Count == 0;
}

/// <summary>A period and, per module, the previous presentations it is compared with.</summary>
/// <param name="Modules">Every module with a course in the period, by module code.</param>
public sealed record PeriodSelection(ReportPeriod Period, IReadOnlyList<ModulePeriod> Modules);
