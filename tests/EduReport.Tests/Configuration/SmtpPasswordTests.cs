using EduReport.Configuration;
using EduReport.Tests.Support;

namespace EduReport.Tests.Configuration;

public sealed class SmtpPasswordTests
{
    [Fact]
    public void NoUserNameNeedsNoPassword()
    {
        Assert.Null(SmtpPassword.Read(new EmailSettings(), _ => "ignored"));
    }

    [Fact]
    public void EnvironmentVariableComesFirst()
    {
        using var folder = new TempDirectory();
        var file = folder.Write("password", "from-file\n");

        var password = SmtpPassword.Read(new EmailSettings { UserName = "reports", PasswordFile = file }, Environment(SmtpPassword.EnvironmentVariable, "from-environment"));

        Assert.Equal("from-environment", password);
    }

    [Fact]
    public void FileLosesItsFinalLineBreak()
    {
        using var folder = new TempDirectory();
        var file = folder.Write("password", " pass word \r\n");

        var password = SmtpPassword.Read(new EmailSettings { UserName = "reports", PasswordFile = file }, _ => null);

        // Spaces are part of the password; only the line break that editors add is not.
        Assert.Equal(" pass word ", password);
    }

    [Fact]
    public void MissingPasswordNamesBothSources()
    {
        var error = Assert.Throws<ConfigurationException>(() => SmtpPassword.Read(new EmailSettings { UserName = "reports" }, _ => null));

        Assert.Contains(SmtpPassword.EnvironmentVariable, error.Message, StringComparison.Ordinal);
        Assert.Contains("email:passwordFile", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadableFileIsNamed()
    {
        using var folder = new TempDirectory();

        var error = Assert.Throws<ConfigurationException>(() => SmtpPassword.Read(new EmailSettings { UserName = "reports", PasswordFile = folder.File("missing") }, _ => null));

        Assert.Contains(folder.File("missing"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFileIsError()
    {
        using var folder = new TempDirectory();
        var file = folder.Write("password", "\n");

        var error = Assert.Throws<ConfigurationException>(() => SmtpPassword.Read(new EmailSettings { UserName = "reports", PasswordFile = file }, _ => null));

        Assert.Contains(file, error.Message, StringComparison.Ordinal);
    }

    private static Func<string, string?> Environment(string name, string value) => n => n == name ? value : null;
}
