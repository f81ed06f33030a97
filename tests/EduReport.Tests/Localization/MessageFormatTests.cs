using System.Globalization;
using System.Xml.Linq;

namespace EduReport.Tests.Localization;

/// <summary>Every library message is a valid composite format string, so that formatting it never throws instead of reporting the error.</summary>
public sealed class MessageFormatTests
{
    [Theory]
    [InlineData("Messages.resx")]
    [InlineData("Messages.ru.resx")]
    public void EveryMessageFormats(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "EduReport", "Localization", file);
        var arguments = Enumerable.Range(0, 10).Select(i => (object)$"<{i}>").ToArray();

        foreach (var data in XDocument.Load(path).Root!.Elements("data"))
        {
            var key = (string)data.Attribute("name")!;
            var text = (string?)data.Element("value") ?? string.Empty;
            var exception = Record.Exception(() => string.Format(CultureInfo.InvariantCulture, text, arguments));
            Assert.True(exception is null, $"{file} {key}: {exception?.Message}");
        }
    }
}
