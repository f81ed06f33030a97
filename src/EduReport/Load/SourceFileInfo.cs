namespace EduReport.Load;

/// <summary>How one input file was read.</summary>
/// <param name="Table">The table the file holds.</param>
/// <param name="Path">The full path of the file.</param>
/// <param name="Encoding">The web name of the encoding the file was decoded with, such as "utf-8" or "windows-1251".</param>
/// <param name="Delimiter">The field delimiter.</param>
/// <param name="RowsRead">Data rows found, blank rows not counted.</param>
/// <param name="RowsExcluded">Rows left out: those that could not be read, and, after the Check stage, repeated rows.</param>
public sealed record SourceFileInfo(
    OuladTable Table,
    string Path,
    string Encoding,
    char Delimiter,
    long RowsRead,
    long RowsExcluded)
{
    public string FileName => System.IO.Path.GetFileName(Path);
}
