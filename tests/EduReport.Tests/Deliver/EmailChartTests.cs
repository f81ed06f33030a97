using EduReport.Tests.Support;
using MimeKit;
using SkiaSharp;

namespace EduReport.Tests.Deliver;

/// <summary>The e-mail's chart images, drawn by ScottPlot as PNG, on a machine without system fonts.</summary>
public sealed class EmailChartTests
{
    [Fact]
    public void ChartPngHasTextWithoutSystemFonts()
    {
        using var fixture = SampleCourses.Create();
        using var output = new TempDirectory();
        var emptyFontConfig = output.Write("empty-fonts.conf", "<?xml version=\"1.0\"?>\n<fontconfig></fontconfig>\n");

        // With this file SkiaSharp finds no system font, so text appears only if the bundled font is used.
        // The e-mail of the latest period has one chart: the change since the previous period.
        var run = CliProcess.Run(
            ["report", "--data", fixture.Write(), "--out", output.File("report"), "--format", "eml", "--lang", "ru", "--period", "latest"],
            new Dictionary<string, string?> { ["FONTCONFIG_FILE"] = emptyFontConfig });

        Assert.True(run.ExitCode == 0, run.ToString());
        var message = MimeMessage.Load(Path.Combine(output.File("report"), "report.eml"));
        var png = message.BodyParts.OfType<MimePart>().Single(p => p.ContentType.MimeType == "image/png");
        using var stream = new MemoryStream();
        png.Content!.DecodeTo(stream);
        using var bitmap = SKBitmap.Decode(stream.ToArray());

        // The chart is 560 by 300 pixels, drawn at twice that size.
        Assert.Equal(1120, bitmap.Width);
        Assert.Equal(600, bitmap.Height);

        // Left of the frame are the y-axis label and the tick labels; below it, the tick labels and the
        // x-axis label. Tick marks reach about 10 pixels out from the frame, so the bands start further
        // out. Without text both bands are white, and the frame also moves towards the image edge.
        var frameLeft = FirstColumn(bitmap, x => DarkInColumn(bitmap, x) > bitmap.Height / 2);
        var frameBottom = LastRow(bitmap, y => DarkInRow(bitmap, y) > bitmap.Width / 2);
        Assert.True(frameLeft > 60, $"The frame starts at x = {frameLeft}, leaving no room for the y-axis text.");
        Assert.True(frameBottom < bitmap.Height - 60, $"The frame ends at y = {frameBottom}, leaving no room for the x-axis text.");
        var leftText = CountDark(bitmap, 0, frameLeft - 20, 0, bitmap.Height);
        var bottomText = CountDark(bitmap, frameLeft, bitmap.Width, frameBottom + 20, bitmap.Height);
        Assert.True(leftText > 500, $"Only {leftText} dark pixels left of the chart: the y-axis text is missing.");
        Assert.True(bottomText > 500, $"Only {bottomText} dark pixels below the chart: the x-axis text is missing.");
    }

    private static bool IsDark(SKColor color) => color.Alpha > 128 && (color.Red * 299 + color.Green * 587 + color.Blue * 114) / 1000 < 128;

    private static int DarkInColumn(SKBitmap bitmap, int x) => Enumerable.Range(0, bitmap.Height).Count(y => IsDark(bitmap.GetPixel(x, y)));

    private static int DarkInRow(SKBitmap bitmap, int y) => Enumerable.Range(0, bitmap.Width).Count(x => IsDark(bitmap.GetPixel(x, y)));

    private static int FirstColumn(SKBitmap bitmap, Func<int, bool> test) => Enumerable.Range(0, bitmap.Width).First(test);

    private static int LastRow(SKBitmap bitmap, Func<int, bool> test) => Enumerable.Range(0, bitmap.Height).Reverse().First(test);

    private static int CountDark(SKBitmap bitmap, int left, int right, int top, int bottom)
    {
        var count = 0;
        for (var x = Math.Max(0, left); x < Math.Min(bitmap.Width, right); x++)
        {
            for (var y = Math.Max(0, top); y < Math.Min(bitmap.Height, bottom); y++)
            {
                count += IsDark(bitmap.GetPixel(x, y)) ? 1 : 0;
            }
        }

        return count;
    }
}
