using CsvHelper;

namespace EduReport.Load;

// Record types of the four tables for CsvHelper's source generator. The sample generator writes
// them; a test checks that their headers match OuladSchema, which the loader reads by name.

[CsvRecord]
public readonly partial record struct CourseRecord(
    [CsvColumn(OuladSchema.CodeModule)] string CodeModule,
    [CsvColumn(OuladSchema.CodePresentation)] string CodePresentation,
    [CsvColumn(OuladSchema.ModulePresentationLength)] int ModulePresentationLength);

[CsvRecord]
public readonly partial record struct AssessmentRecord(
    [CsvColumn(OuladSchema.CodeModule)] string CodeModule,
    [CsvColumn(OuladSchema.CodePresentation)] string CodePresentation,
    [CsvColumn(OuladSchema.IdAssessment)] int IdAssessment,
    [CsvColumn(OuladSchema.AssessmentType)] string AssessmentType,
    [CsvColumn(OuladSchema.Date)] int? Date,
    [CsvColumn(OuladSchema.Weight)] double Weight);

[CsvRecord]
public readonly partial record struct SubmissionRecord(
    [CsvColumn(OuladSchema.IdAssessment)] int IdAssessment,
    [CsvColumn(OuladSchema.IdStudent)] int IdStudent,
    [CsvColumn(OuladSchema.DateSubmitted)] int DateSubmitted,
    [CsvColumn(OuladSchema.IsBanked)] int IsBanked,
    [CsvColumn(OuladSchema.Score)] double? Score);

[CsvRecord]
public readonly partial record struct RegistrationRecord(
    [CsvColumn(OuladSchema.CodeModule)] string CodeModule,
    [CsvColumn(OuladSchema.CodePresentation)] string CodePresentation,
    [CsvColumn(OuladSchema.IdStudent)] int IdStudent,
    [CsvColumn(OuladSchema.DateRegistration)] int? DateRegistration,
    [CsvColumn(OuladSchema.DateUnregistration)] int? DateUnregistration);
