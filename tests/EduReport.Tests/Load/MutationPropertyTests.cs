using System.Text;
using EduReport.Check;
using EduReport.Load;
using EduReport.Tests.Support;
using FsCheck.Xunit;

namespace EduReport.Tests.Load;

/// <summary>
/// Random damage to a valid export (bytes inserted, deleted or replaced by quotes, delimiters, line
/// breaks, invalid UTF-8 and the like) must never crash loading or checking: the outcome is a dataset
/// with located problems, or a <see cref="DataException"/> that names the damaged file.
/// </summary>
public sealed class MutationPropertyTests
{
    private static readonly string[] Files = ["courses.csv", "assessments.csv", "studentAssessment.csv", "studentRegistration.csv"];

    // Bytes that CSV parsing and decoding are sensitive to: quote, delimiters, CR, LF, space, no-break
    // space lead byte, an invalid UTF-8 byte, the byte Windows-1251 leaves undefined, NUL and a digit.
    private static readonly byte[] Special = [(byte)'"', (byte)',', (byte)';', (byte)'\t', (byte)'\r', (byte)'\n', (byte)' ', 0xC2, 0xFF, 0x98, 0x00, (byte)'7', (byte)'-', (byte)'.'];

    [Property(MaxTest = 150)]
    public void DamagedFilesGiveLocatedProblems(byte fileIndex, (ushort Position, byte Value, byte Operation)[] mutations)
    {
        using var dir = new TempDirectory();
        WriteValid(dir);
        var file = Files[fileIndex % Files.Length];
        var bytes = new List<byte>(File.ReadAllBytes(dir.File(file)));
        foreach (var (position, value, operation) in mutations ?? [])
        {
            Mutate(bytes, position, value, operation);
        }

        dir.Write(file, [.. bytes]);

        try
        {
            var result = DataChecker.Run(DatasetLoader.Load(dir.Path));
            foreach (var problem in result.Problems.Groups().SelectMany(g => g.Examples))
            {
                Assert.Contains(problem.File, Files);
                Assert.True(problem.Line > 0, $"{problem.Kind} in {problem.File} has no line.");
            }
        }
        catch (DataException e)
        {
            Assert.Contains(file, e.Message, StringComparison.Ordinal);
        }
    }

    private static void Mutate(List<byte> bytes, int position, byte value, byte operation)
    {
        var at = bytes.Count == 0 ? 0 : position % (bytes.Count + 1);
        var special = Special[value % Special.Length];
        switch (operation % 5)
        {
            case 0:
                bytes.Insert(at, special);
                break;
            case 1 when at < bytes.Count:
                bytes[at] = special;
                break;
            case 2 when at < bytes.Count:
                bytes.RemoveRange(at, Math.Min(1 + (value % 8), bytes.Count - at));
                break;
            case 3:
                bytes.Insert(at, value);
                break;
            case 4 when at < bytes.Count:
                // Repeat the line the position is on, as a doubled export row would.
                var start = bytes.LastIndexOf((byte)'\n', Math.Max(at - 1, 0)) + 1;
                var end = bytes.IndexOf((byte)'\n', at);
                if (end > start)
                {
                    bytes.InsertRange(end + 1, bytes.GetRange(start, end - start + 1));
                }

                break;
        }
    }

    private static void WriteValid(TempDirectory dir)
    {
        dir.Write("courses.csv", "code_module,code_presentation,module_presentation_length\nDDD,2013B,240\nAAA,2013J,268\n");
        dir.Write("assessments.csv", "code_module,code_presentation,id_assessment,assessment_type,date,weight\nDDD,2013B,1,TMA,19,100\nDDD,2013B,2,Exam,,100\nAAA,2013J,3,Exam,260,100\n");
        var submissions = new StringBuilder("id_assessment,id_student,date_submitted,is_banked,score\n");
        for (var student = 1; student <= 6; student++)
        {
            submissions.Append(CultureInfoFree($"1,{student},{15 + student},0,{50 + (7 * student)}\n"));
            submissions.Append(CultureInfoFree($"2,{student},238,{student % 2},{40 + student}.5\n"));
        }

        dir.Write("studentAssessment.csv", submissions.ToString());
        dir.Write("studentRegistration.csv", "code_module,code_presentation,id_student,date_registration,date_unregistration\nDDD,2013B,1,-30,\nDDD,2013B,2,-20,15\nDDD,2013B,3,,\nDDD,2013B,4,-5,\nDDD,2013B,5,-60,\nDDD,2013B,6,-7,\n");
    }

    private static string CultureInfoFree(FormattableString text) => FormattableString.Invariant(text);
}
