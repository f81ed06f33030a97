using System.Text;
using EduReport.Tests.Support;
using MimeKit;

namespace EduReport.Tests.Deliver;

/// <summary>
/// Sends the report to a real SMTP server on 127.0.0.1 with the edureport program, and checks the
/// message as the server received it, and every failure path.
/// </summary>
public sealed class EmailDeliveryTests
{
    [Fact]
    public async Task ReportEmailReachesServer()
    {
        await using var server = await TestSmtpServer.StartAsync();
        using var run = new EmailRun(server.Port, config => config["reportFileName"] = "отчёт-{period}");

        var result = run.Run(["report", "--email", "--date", "2026-12-04"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var received = Assert.Single(server.Messages);
        Assert.Equal("reports@example.org", received.From);
        Assert.Equal(["director@example.org", "anna@example.org", "dean@example.org", "archive@example.org"], received.Recipients);
        var message = received.Message;
        Assert.Equal("Отчёт об обучении, 2013B-2014J", message.Subject);
        Assert.Equal(["director@example.org", "anna@example.org"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("Анна Иванова", message.To.Mailboxes.Last().Name);
        Assert.Equal(["dean@example.org"], message.Cc.Mailboxes.Select(m => m.Address));
        Assert.Empty(message.Bcc);

        var pdf = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal("отчёт-2013B-2014J.pdf", pdf.FileName);
        Assert.Equal("application/pdf", pdf.ContentType.MimeType);
        Assert.Equal(File.ReadAllBytes(run.OutputFile("отчёт-2013B-2014J.pdf")), Content(pdf));

        var html = message.HtmlBody;
        Assert.Contains("Студенты, сдавшие ровно один курс", html, StringComparison.Ordinal);
        Assert.Contains("отчёт-2013B-2014J.pdf", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Студенты, сдавшие ровно один курс", message.TextBody, StringComparison.Ordinal);

        var related = message.BodyParts.OfType<MimePart>().Where(p => p.ContentType.MimeType == "image/png").ToArray();
        Assert.NotEmpty(related);
        foreach (var image in related)
        {
            Assert.Contains($"src=\"cid:{image.ContentId}\"", html, StringComparison.Ordinal);
            Assert.Equal(ContentDisposition.Inline, image.ContentDisposition?.Disposition);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], Content(image)[..4]);
        }
    }

    [Fact]
    public async Task CyrillicHeadersAreEncoded()
    {
        await using var server = await TestSmtpServer.StartAsync();
        using var run = new EmailRun(server.Port, config => config["reportFileName"] = "отчёт");

        var result = run.Run(["report", "--email"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var raw = Assert.Single(server.Messages).Raw;

        // Every byte is ASCII, so no server or client needs 8-bit support to read the message.
        Assert.All(raw, b => Assert.True(b < 0x80, $"byte 0x{b:X2} is not ASCII"));
        var text = Encoding.ASCII.GetString(raw);

        // RFC 2047 subject; RFC 2231 filename* (UTF-8, percent-encoded) and RFC 2047 name for clients that ignore RFC 2231.
        Assert.Matches(@"(?m)^Subject: =\?utf-8\?[bBqQ]\?", text);
        Assert.Contains("filename*=utf-8''%D0%BE%D1%82%D1%87%D1%91%D1%82.pdf", text, StringComparison.OrdinalIgnoreCase);
        Assert.Matches("name=\"=\\?utf-8\\?[bB]\\?", text);
        Assert.DoesNotContain("Bcc:", text, StringComparison.OrdinalIgnoreCase);
    }

    private static byte[] Content(MimePart part)
    {
        using var stream = new MemoryStream();
        Assert.NotNull(part.Content);
        part.Content.DecodeTo(stream);
        return stream.ToArray();
    }
}
