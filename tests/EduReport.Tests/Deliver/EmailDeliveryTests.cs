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
        Assert.Equal("Отчёт об обучении, 2014J", message.Subject);
        Assert.Equal(["director@example.org", "anna@example.org"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("Анна Иванова", message.To.Mailboxes.Last().Name);
        Assert.Equal(["dean@example.org"], message.Cc.Mailboxes.Select(m => m.Address));
        Assert.Empty(message.Bcc);

        var pdf = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal("отчёт-2014J.pdf", pdf.FileName);
        Assert.Equal("application/pdf", pdf.ContentType.MimeType);
        Assert.Equal(File.ReadAllBytes(run.OutputFile("отчёт-2014J.pdf")), Content(pdf));

        var html = message.HtmlBody;
        Assert.Contains("Популярные модули и отток", html, StringComparison.Ordinal);
        Assert.Contains("отчёт-2014J.pdf", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Популярные модули и отток", message.TextBody, StringComparison.Ordinal);

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
    public async Task BodyShowsOnlySummaryWithChanges()
    {
        // DDD 2014J against DDD 2013B: 3 students (+1), 3 registrations (+1) and 1 course (0).
        // The completion rate is 100.0% (2 of 2), 50.0 pp above 1 of 2; churn is 33.3% (1 of 3), 33.3 pp above 0 of 2.
        // DDD is the one module, with 3 registrations, 1 of which unregistered.
        await using var server = await TestSmtpServer.StartAsync();
        using var run = new EmailRun(server.Port);

        var result = run.Run(["report", "--email", "--format", "html"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var message = Assert.Single(server.Messages).Message;
        var text = message.TextBody;
        string[] kpiLines =
        [
            "попыток сдать экзамен успешны: 100,0 % (↑ 50,0 п. п.). 2 из 2",
            "записей на курсы закончились отпиской: 33,3 % (↑ 33,3 п. п.). 1 из 3",
        ];
        string[] expected =
        [
            "Семестр: 2014J",
            "Краткие выводы",
            "100,0 %", "попыток сдать экзамен успешны", "↑ 50,0 п. п.",
            "33,3 %", "записей на курсы закончились отпиской", "↑ 33,3 п. п.",
            "Каждый модуль сравнивается со своим предыдущим семестром: DDD — с 2013B.",
            "Главные выводы",
            "По сравнению с предыдущими семестрами доля сдачи экзаменов составила 100,0 % (↑ 50,0 п. п., без проверки), а отток — 33,3 % (↑ 33,3 п. п., без проверки).",
            "Больше всего записей у модуля DDD (3), а самый высокий отток — в модуле DDD: 33,3 %",
            "Рекомендации",
        ];
        foreach (var phrase in expected)
        {
            Assert.Contains(phrase, Normalized(text), StringComparison.Ordinal);
            Assert.Contains(phrase, Normalized(System.Net.WebUtility.HtmlDecode(message.HtmlBody)), StringComparison.Ordinal);
        }

        // The plain-text part writes each key figure as one "label: value (change). note" line, not as table cells.
        var lines = (text ?? string.Empty).Split('\n').Select(l => l.Trim()).ToArray();
        foreach (var line in kpiLines)
        {
            Assert.Contains(line, lines);
        }

        Assert.DoesNotContain(" | ", text, StringComparison.Ordinal);

        // The summary only: no section's own tables or headings.
        Assert.DoesNotContain("Сравнение курсов", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Основные показатели", text, StringComparison.Ordinal);

        // The chart of the change is the message's one inline image.
        var image = Assert.Single(message.BodyParts.OfType<MimePart>(), p => p.ContentType.MimeType == "image/png");
        Assert.Equal("chart-period-comparison@edureport", image.ContentId);
        Assert.Contains("src=\"cid:chart-period-comparison@edureport\"", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmailOfWholeDataHasNoChanges()
    {
        await using var server = await TestSmtpServer.StartAsync();
        using var run = new EmailRun(server.Port, config => config["period"] = "all");

        var result = run.Run(["report", "--email", "--format", "html"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var message = Assert.Single(server.Messages).Message;
        Assert.Equal("Отчёт об обучении, с 2013B по 2014J", message.Subject);
        Assert.Contains("с 2013B по 2014J", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("2013B-2014J", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("2013B-2014J", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Отчёт охватывает все семестры в данных (с 2013B по 2014J), поэтому сравнивать его не с чем.", Normalized(message.TextBody), StringComparison.Ordinal);
        Assert.DoesNotContain("↑", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(message.BodyParts.OfType<MimePart>(), p => p.ContentType.MimeType == "image/png");
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

    [Fact]
    public async Task PasswordNeverLoggedOrWritten()
    {
        const string password = "Pa55-пароль-7f3a";
        await using var server = await TestSmtpServer.StartAsync(new TestSmtpServerOptions { Password = password });
        using var run = new EmailRun(server.Port, config => config["email"]!["userName"] = "reports");

        var result = run.Run(["report", "--email"], new Dictionary<string, string?> { ["EDUREPORT_SMTP_PASSWORD"] = password });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(("reports", password), server.Logins);
        Assert.Single(server.Messages);
        Assert.DoesNotContain(password, result.Output + result.Error, StringComparison.Ordinal);
        var forms = new[] { Encoding.UTF8.GetBytes(password), Encoding.ASCII.GetBytes(Convert.ToBase64String(Encoding.UTF8.GetBytes(password))) };
        foreach (var file in Directory.EnumerateFiles(run.Folder.Path, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".json", StringComparison.Ordinal) || f.StartsWith(run.OutputFolder, StringComparison.Ordinal)))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.All(forms, form => Assert.True(bytes.AsSpan().IndexOf(form) < 0, $"{file} contains the password."));
        }
    }

    [Fact]
    public async Task PasswordFromSecretsFile()
    {
        await using var server = await TestSmtpServer.StartAsync(new TestSmtpServerOptions { Password = "from-file" });
        using var run = new EmailRun(server.Port);
        var secrets = run.Folder.Write("smtp-password", "from-file\n");
        run.Email["userName"] = "reports";
        run.Email["passwordFile"] = secrets;

        var result = run.Run(["report", "--email", "--format", "html"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([("reports", "from-file")], server.Logins);
        Assert.Single(server.Messages);
    }

    [Fact]
    public async Task ServerDownKeepsReportFiles()
    {
        var port = TestSmtpServer.FreePort();
        using var run = new EmailRun(port);

        var result = run.Run(["report", "--email", "--lang", "en", "--set", "email:retries=2"]);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains($"127.0.0.1:{port}", result.Error, StringComparison.Ordinal);
        Assert.Contains("attempts: 3", result.Error, StringComparison.Ordinal);
        Assert.Contains("refused", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"hint: The report files stay in {run.OutputFolder}", result.Error, StringComparison.Ordinal);
        Assert.Contains($"edureport send {run.OutputFile("report.eml")} --config {run.ConfigFile} --set email:retries=2 --lang en", result.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(run.OutputFile("report.pdf")));
        Assert.True(File.Exists(run.OutputFile("report.eml")));
        Assert.True(File.Exists(run.OutputFile("results.json")));
    }

    [Fact]
    public async Task RejectedRecipientIsNamedAndNotRetried()
    {
        await using var server = await TestSmtpServer.StartAsync(new TestSmtpServerOptions { RejectedRecipients = ["dean@example.org"] });
        using var run = new EmailRun(server.Port);

        var result = run.Run(["report", "--email", "--lang", "en"]);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains($"127.0.0.1:{server.Port}", result.Error, StringComparison.Ordinal);
        Assert.Contains("dean@example.org", result.Error, StringComparison.Ordinal);
        Assert.Contains("550", result.Error, StringComparison.Ordinal);
        Assert.Empty(server.Messages);
        Assert.Equal(1, server.Sessions);
        Assert.True(File.Exists(run.OutputFile("report.eml")));
    }

    [Fact]
    public async Task OversizedMessageIsRejectedBeforeConnecting()
    {
        await using var server = await TestSmtpServer.StartAsync();
        using var run = new EmailRun(server.Port);
        run.Email["maxMessageBytes"] = 4096;

        var result = run.Run(["report", "--email", "--lang", "en"]);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("(4096 bytes)", result.Error, StringComparison.Ordinal);
        Assert.Contains("email:maxMessageBytes", result.Error, StringComparison.Ordinal);
        Assert.Matches(@"is \d+\.\d (KiB|MiB) \(\d{5,} bytes\)", result.Error);
        Assert.Equal(0, server.Sessions);
        Assert.True(File.Exists(run.OutputFile("report.pdf")));
    }

    [Fact]
    public async Task ServerSizeLimitIsReported()
    {
        await using var server = await TestSmtpServer.StartAsync(new TestSmtpServerOptions { MaxMessageSize = 20_000 });
        using var run = new EmailRun(server.Port);

        var result = run.Run(["report", "--email", "--lang", "en"]);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains($"127.0.0.1:{server.Port}", result.Error, StringComparison.Ordinal);
        Assert.Contains("552", result.Error, StringComparison.Ordinal);
        Assert.Empty(server.Messages);
        Assert.Equal(1, server.Sessions);
    }

    [Fact]
    public async Task TransientFailureIsRetried()
    {
        await using var server = await TestSmtpServer.StartAsync(new TestSmtpServerOptions { TransientFailures = 1 });
        using var run = new EmailRun(server.Port);

        var result = run.Run(["report", "--email", "--lang", "en"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(server.Messages);
        Assert.Equal(2, server.Sessions);
        Assert.Contains("Attempt 1 of 3", result.Error, StringComparison.Ordinal);
        Assert.Contains("451", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LastTransientFailureNamesServerReply()
    {
        await using var server = await TestSmtpServer.StartAsync(new TestSmtpServerOptions { TransientFailures = 10 });
        using var run = new EmailRun(server.Port);

        var result = run.Run(["report", "--email", "--lang", "en"]);

        Assert.Equal(4, result.ExitCode);
        Assert.Equal(3, server.Sessions);
        Assert.Contains($"127.0.0.1:{server.Port}", result.Error, StringComparison.Ordinal);
        Assert.Contains("451 4.3.0 Test server busy", result.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(run.OutputFile("report.pdf")));
    }

    [Fact]
    public async Task SendCommandSendsExistingReport()
    {
        await using var server = await TestSmtpServer.StartAsync();
        using var run = new EmailRun(server.Port);
        var written = run.Run(["report", "--format", "eml"]);
        Assert.True(written.ExitCode == 0, written.ToString());
        Assert.Equal(0, server.Sessions);

        var newest = run.Run(["send"]);
        var named = run.Run(["send", run.OutputFile("report.eml")]);

        Assert.True(newest.ExitCode == 0, newest.ToString());
        Assert.True(named.ExitCode == 0, named.ToString());
        Assert.Equal(2, server.Messages.Count);
        Assert.Contains(run.OutputFile("report.eml"), newest.Output, StringComparison.Ordinal);
        var attachment = Assert.Single(server.Messages.First().Message.Attachments.OfType<MimePart>());
        Assert.Equal(File.ReadAllBytes(run.OutputFile("report.pdf")), Content(attachment));
    }

    [Fact]
    public async Task SendRejectsFileThatIsNotEmail()
    {
        await using var server = await TestSmtpServer.StartAsync();
        using var run = new EmailRun(server.Port);
        var text = run.Folder.Write("passwd", "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n");

        var result = run.Run(["send", text, "--lang", "en"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{text} is not an e-mail message", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, server.Sessions);
    }

    [Fact]
    public async Task SendMissingFileIsUsageError()
    {
        await using var server = await TestSmtpServer.StartAsync();
        using var run = new EmailRun(server.Port);
        var missing = run.Folder.File("nonexistent.eml");

        var result = run.Run(["send", missing, "--lang", "ru"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"ошибка: Файл письма {missing} не существует.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Could not find", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, server.Sessions);
    }

    [Fact]
    public async Task MissingRecipientsStopBeforeAnyWork()
    {
        await using var server = await TestSmtpServer.StartAsync();
        using var run = new EmailRun(server.Port);
        run.Email.Remove("to");

        var result = run.Run(["report", "--email", "--lang", "en"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("email:to", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Loading data", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(run.OutputFolder));
    }

    /// <summary>Returns text with every run of white space, no-break spaces and line breaks included, as one space.</summary>
    private static string Normalized(string? text) => System.Text.RegularExpressions.Regex.Replace(text ?? string.Empty, @"\s+", " ");

    private static byte[] Content(MimePart part)
    {
        using var stream = new MemoryStream();
        Assert.NotNull(part.Content);
        part.Content.DecodeTo(stream);
        return stream.ToArray();
    }
}
