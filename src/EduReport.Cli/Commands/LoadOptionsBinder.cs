using System.CommandLine;
using System.Globalization;
using System.Text;
using EduReport.Cli.Resources;
using EduReport.Load;

namespace EduReport.Cli.Commands;

/// <summary>
/// The options that set how input files are read (--delimiter, --encoding, --missing-values,
/// --hide-values, --strict), shared by every command that loads a data folder.
/// </summary>
internal sealed class LoadOptionsBinder
{
    static LoadOptionsBinder()
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public Option<string?> Delimiter { get; } = new("--delimiter")
    {
        Description = Messages.Option_Delimiter,
        HelpName = "comma|semicolon|tab|pipe|CHAR",
    };

    public Option<string?> Encoding { get; } = new("--encoding")
    {
        Description = Messages.Option_Encoding,
        HelpName = "utf-8|windows-1251|utf-16",
    };

    public Option<string?> MissingValues { get; } = new("--missing-values")
    {
        Description = Messages.Option_MissingValues,
        HelpName = "LIST",
    };

    public Option<bool> HideValues { get; } = new("--hide-values") { Description = Messages.Option_HideValues };

    public Option<bool> Strict { get; } = new("--strict") { Description = Messages.Option_Strict };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Delimiter);
        command.Options.Add(Encoding);
        command.Options.Add(MissingValues);
        command.Options.Add(HideValues);
        command.Options.Add(Strict);
    }

    /// <summary>Returns the load options of a parsed command line; an invalid value throws a <see cref="ConfigurationException"/>.</summary>
    public LoadOptions Bind(ParseResult parse)
    {
        var missing = parse.GetValue(MissingValues);
        return new LoadOptions
        {
            Delimiter = ParseDelimiter(parse.GetValue(Delimiter)),
            Encoding = ParseEncoding(parse.GetValue(Encoding)),
            MissingValues = missing is null
                ? LoadOptions.DefaultMissingValues
                : missing.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            HideValues = parse.GetValue(HideValues),
            Strict = parse.GetValue(Strict),
        };
    }

    public static char? ParseDelimiter(string? text) => text switch
    {
        null => null,
        "comma" or "," => ',',
        "semicolon" or ";" => ';',
        "tab" or "\\t" or "\t" => '\t',
        "pipe" or "|" => '|',
        { Length: 1 } when char.IsAscii(text[0]) && !char.IsLetterOrDigit(text[0]) && text[0] is not ('"' or '\r' or '\n' or ' ') => text[0],
        _ => throw new ConfigurationException(string.Format(CultureInfo.InvariantCulture, Messages.Error_InvalidDelimiter, text)),
    };

    public static Encoding? ParseEncoding(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var normalized = name.Trim().ToLowerInvariant();
        try
        {
            return normalized switch
            {
                "utf-8" or "utf8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
                "windows-1251" or "cp1251" or "1251" => System.Text.Encoding.GetEncoding(1251),
                "utf-16" or "utf-16le" or "utf16" => System.Text.Encoding.Unicode,
                "utf-16be" => System.Text.Encoding.BigEndianUnicode,
                _ => System.Text.Encoding.GetEncoding(normalized),
            };
        }
        catch (ArgumentException e)
        {
            throw new ConfigurationException(string.Format(CultureInfo.InvariantCulture, Messages.Error_InvalidEncoding, name), e);
        }
    }
}
