namespace EduReport.Deliver;

/// <summary>One file of a report run, held in memory until every file of the run is ready.</summary>
public sealed record OutputFile(string Name, byte[] Content);
