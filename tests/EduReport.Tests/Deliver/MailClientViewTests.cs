using System.Text.RegularExpressions;
using EduReport.Render.Pdf;
using EduReport.Tests.Support;
using MimeKit;
using PuppeteerSharp;

namespace EduReport.Tests.Deliver;

/// <summary>
/// Renders a received message's HTML body in headless Chromium as a mail client would: cid: images
/// resolved from the message's parts, nothing loaded from elsewhere. Set EDUREPORT_EMAIL_PREVIEW to a
/// file path to keep the screenshot.
/// </summary>
public sealed partial class MailClientViewTests
{
    [Fact]
    public async Task ReceivedMessageRendersWithEveryImage()
    {
        await using var server = await TestSmtpServer.StartAsync();
        using var run = new EmailRun(server.Port);
        var result = run.Run(["report", "--email", "--format", "html"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var message = Assert.Single(server.Messages).Message;

        var parts = message.BodyParts.OfType<MimePart>().Where(p => p.ContentId is not null).ToDictionary(p => p.ContentId!, StringComparer.Ordinal);
        Assert.NotNull(message.HtmlBody);
        var html = ContentId().Replace(message.HtmlBody, match =>
        {
            Assert.True(parts.TryGetValue(match.Groups[1].Value, out var part), $"No part has the Content-ID {match.Groups[1].Value}.");
            using var stream = new MemoryStream();
            part.Content!.DecodeTo(stream);
            return $"data:{part.ContentType.MimeType};base64,{Convert.ToBase64String(stream.ToArray())}";
        });

        var options = new LaunchOptions { Headless = true, ExecutablePath = ChromiumLocator.Find(null), Args = ["--no-sandbox", "--disable-gpu"] };
        await using var browser = await Puppeteer.LaunchAsync(options);
        await using var page = await browser.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, e) => requests.Add(e.Request.Url);
        await page.SetViewportAsync(new ViewPortOptions { Width = 700, Height = 900 });
        await page.SetContentAsync(html, new SetContentOptions { WaitUntil = [WaitUntilNavigation.Load] });

        var images = await page.EvaluateExpressionAsync<int[][]>("Array.from(document.images).map(i => [i.complete ? 1 : 0, i.naturalWidth, i.getBoundingClientRect().width])");
        Assert.NotEmpty(images);
        Assert.All(images, image =>
        {
            Assert.Equal(1, image[0]);
            Assert.Equal(1120, image[1]);
            Assert.InRange(image[2], 500, 560);
        });
        var text = await page.EvaluateExpressionAsync<string>("document.body.innerText");
        Assert.Contains("Популярные модули и отток", text, StringComparison.Ordinal);
        var widest = await page.EvaluateExpressionAsync<int>("Math.max(...Array.from(document.querySelectorAll('table')).map(t => t.getBoundingClientRect().width))");
        Assert.InRange(widest, 600, 700);
        Assert.All(requests, url => Assert.StartsWith("data:", url, StringComparison.Ordinal));

        var preview = Environment.GetEnvironmentVariable("EDUREPORT_EMAIL_PREVIEW") ?? run.Folder.File("preview.png");
        await page.ScreenshotAsync(preview, new ScreenshotOptions { FullPage = true });
        Assert.True(new FileInfo(preview).Length > 10_000);
    }

    [GeneratedRegex("cid:([^\"'\\s>]+)")]
    private static partial Regex ContentId();
}
