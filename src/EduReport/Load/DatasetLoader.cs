using EduReport.Problems;

namespace EduReport.Load;

/// <summary>The outcome of loading: the typed tables, and every problem found while reading them.</summary>
public sealed record LoadResult(Dataset Dataset, ProblemLog Problems);

/// <summary>
/// Loads an OULAD-format folder. Courses are read first, so that assessments and registrations can
/// point at their course row, and assessments before submissions for the same reason.
/// </summary>
public static class DatasetLoader
{
    public static LoadResult Load(string folder, LoadOptions? options = null, ProblemLog? problems = null)
    {
        options ??= new LoadOptions();
        problems ??= new ProblemLog(hideValues: options.HideValues);
        if (File.Exists(folder))
        {
            var parent = Path.GetDirectoryName(Path.GetFullPath(folder)) ?? folder;
            throw new DataException(Localization.Text.Message("Load_FileNotFolder", folder, parent));
        }

        if (!Directory.Exists(folder))
        {
            throw new DataException(Localization.Text.Message("Load_MissingFolder", folder));
        }

        string PathOf(OuladTable table) => Path.Combine(folder, OuladSchema.FileName(table));

        var missingFiles = Enum.GetValues<OuladTable>().Where(t => !File.Exists(PathOf(t))).ToArray();
        if (missingFiles.Length > 0)
        {
            throw new DataException(Localization.Text.Message(
                missingFiles.Length == 1 ? "Load_MissingOneFile" : "Load_MissingFiles",
                Path.GetFullPath(folder),
                string.Join(", ", missingFiles.Select(OuladSchema.FileName)),
                string.Join(", ", Enum.GetValues<OuladTable>().Select(OuladSchema.FileName))));
        }

        var modules = new CodeBook();
        var presentations = new CodeBook();
        var sources = new List<SourceFileInfo>();

        // A file that cannot be read at all (undecodable bytes, missing columns) does not stop the
        // others from being read, so that one message lists every such file.
        var fatal = new List<string>();
        void Read(OuladTable table, TableBuilder builder)
        {
            try
            {
                sources.Add(CsvTableReader.Read(PathOf(table), builder, options, problems));
            }
            catch (DataException e)
            {
                fatal.Add(e.Message);
            }
        }

        var courseBuilder = new CourseTableBuilder(modules, presentations);
        Read(OuladTable.Courses, courseBuilder);
        var courses = courseBuilder.Build();
        var courseIndex = new Dictionary<(int, int), int>();
        for (var row = 0; row < courses.Count; row++)
        {
            courseIndex.TryAdd((courses.Module[row], courses.Presentation[row]), row);
        }

        int FindCourse(int module, int presentation) => courseIndex.TryGetValue((module, presentation), out var row) ? row : -1;

        var assessmentBuilder = new AssessmentTableBuilder(modules, presentations, FindCourse);
        Read(OuladTable.Assessments, assessmentBuilder);
        var assessments = assessmentBuilder.Build();
        var assessmentIndex = new Dictionary<int, int>(assessments.Count);
        for (var row = 0; row < assessments.Count; row++)
        {
            assessmentIndex.TryAdd(assessments.Id[row], row);
        }

        var submissionBuilder = new SubmissionTableBuilder(
            id => assessmentIndex.TryGetValue(id, out var row) ? row : -1,
            EstimateRows(PathOf(OuladTable.StudentAssessment), bytesPerRow: 22));
        Read(OuladTable.StudentAssessment, submissionBuilder);

        var registrationBuilder = new RegistrationTableBuilder(
            modules,
            presentations,
            FindCourse,
            EstimateRows(PathOf(OuladTable.StudentRegistration), bytesPerRow: 24));
        Read(OuladTable.StudentRegistration, registrationBuilder);
        if (fatal.Count > 0)
        {
            throw new DataException(string.Join('\n', fatal));
        }

        var dataset = new Dataset(
            modules,
            presentations,
            courses,
            assessments,
            submissionBuilder.Build(),
            registrationBuilder.Build(),
            sources);
        return new LoadResult(dataset, problems);
    }

    // Sizes the columns from the file size, so that large tables are not copied while they grow. Unquoted
    // rows of these tables take about 24 bytes (EduReport's sample) and quoted ones about 33 (OULAD), so
    // the estimate errs towards too many rows, which costs less than doubling a column.
    private static int EstimateRows(string path, int bytesPerRow) =>
        (int)Math.Clamp(new FileInfo(path).Length / bytesPerRow, 1024, int.MaxValue / 2);
}
