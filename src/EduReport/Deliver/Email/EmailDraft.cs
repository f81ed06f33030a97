using EduReport.Analyse;
using EduReport.Render;
using EduReport.Render.Email;
using MimeKit;

namespace EduReport.Deliver.Email;

/// <summary>
/// Builds the report e-mail as a MIME message and writes it as an .eml file with the other outputs.
/// The draft has a subject, the HTML summary with its plain-text alternative, the charts as inline
/// PNG parts and the PDF as an attachment, but no sender or recipients. <see cref="EmailSender"/>
/// adds those when it sends, so the file goes to the recipients that the settings name at that time.
/// </summary>
public static class EmailDraft
{
    /// <summary>Renders the e-mail for <paramref name="results"/> and returns it as the .eml output file.</summary>
    /// <param name="period">The period label of the file names, such as "2013B-2014J"; the subject uses the report's wording instead.</param>
    /// <param name="subjectPattern">The subject pattern from the settings, or null for the template set's "email.subject".</param>
    public static OutputFile Create(ReportRenderer renderer, ReportResults results, string period, string? subjectPattern, byte[] pdf, ResolvedFileNames names)
    {
        var body = EmailRenderer.Render(renderer, results, period, names.Pdf);

        // The subject names the period as the report's cover does, such as "2013B to 2014J".
        var subject = Subject(renderer, subjectPattern, renderer.Period(results));
        var message = Build(body, subject, pdf, names.Pdf);
        using var stream = new MemoryStream();
        message.WriteTo(FormatOptions.Default, stream);
        return new OutputFile(names.Email, stream.ToArray());
    }

    /// <summary>Returns the message: multipart/mixed of the body (text and HTML with related images) and the PDF.</summary>
    public static MimeMessage Build(EmailBody body, string subject, byte[] pdf, string pdfName)
    {
        var builder = new BodyBuilder { HtmlBody = body.Html, TextBody = body.Text };
        foreach (var image in body.Images)
        {
            var part = (MimePart)builder.LinkedResources.Add(image.FileName, image.Png, new ContentType("image", "png"));
            part.ContentId = image.ContentId;
            part.ContentDisposition = new ContentDisposition(ContentDisposition.Inline) { FileName = image.FileName };
        }

        var attachment = (MimePart)builder.Attachments.Add(pdfName, pdf, new ContentType("application", "pdf"));
        EncodeFileName(attachment);

        var message = new MimeMessage { Subject = subject, Body = builder.ToMessageBody() };
        message.Headers.Add(HeaderId.XMailer, "EduReport");

        // The sender, date and message id are set when the message is sent.
        message.Headers.RemoveAll(HeaderId.From);
        message.Headers.RemoveAll(HeaderId.Date);
        message.Headers.RemoveAll(HeaderId.MessageId);

        // Quoted-printable text and base64 binaries pass every SMTP server, and fix the size that is checked before sending.
        message.Prepare(EncodingConstraint.SevenBit);
        return message;
    }

    /// <summary>Fills the subject pattern with the title, organisation, period and report date.</summary>
    public static string Subject(ReportRenderer renderer, string? pattern, string period)
    {
        var text = pattern ?? renderer.Strings.Get("email.subject");
        if (!NamePattern.TryParse(text, Configuration.EmailSettingsReader.SubjectPlaceholders, out var subject, out var error))
        {
            throw new RenderException(Localization.Text.Message("Email_InvalidSubject", text, error));
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["title"] = renderer.Title,
            ["organisation"] = renderer.Settings.Organisation,
            ["period"] = period,
            ["date"] = renderer.Settings.ReportDate,
        };
        return subject.Format(values, renderer.Settings.Culture).Trim();
    }

    /// <summary>
    /// Writes a non-ASCII file name both ways that mail clients read: RFC 2231 (filename*=utf-8''...)
    /// in Content-Disposition, which the standard prescribes, and RFC 2047 (=?utf-8?b?...?=) in the
    /// Content-Type name, which clients that ignore RFC 2231, such as older Outlook versions, show.
    /// </summary>
    private static void EncodeFileName(MimePart part)
    {
        var name = part.FileName ?? throw new ArgumentException("The attachment has no file name.", nameof(part));
        part.ContentDisposition ??= new ContentDisposition(ContentDisposition.Attachment);
        part.ContentDisposition.Parameters["filename"] = name;
        part.ContentType.Parameters["name"] = name;
        SetEncoding(part.ContentDisposition.Parameters, "filename", ParameterEncodingMethod.Rfc2231);
        SetEncoding(part.ContentType.Parameters, "name", ParameterEncodingMethod.Rfc2047);
    }

    private static void SetEncoding(ParameterList parameters, string name, ParameterEncodingMethod method)
    {
        foreach (var parameter in parameters.Where(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            parameter.EncodingMethod = method;
        }
    }
}
