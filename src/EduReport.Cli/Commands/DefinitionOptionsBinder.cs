using System.CommandLine;
using System.Globalization;
using EduReport.Cli.Resources;
using EduReport.Facts;

namespace EduReport.Cli.Commands;

/// <summary>
/// The options of <c>edureport report</c> that choose the report's definitions: the pass threshold,
/// banked results, what one course is, which unregistrations are churn, the attempts needed to rank
/// and the significance level. An option that is not given keeps the value from the configuration.
/// </summary>
internal sealed class DefinitionOptionsBinder
{
    private readonly Option<string?> _passThreshold = new("--pass-threshold") { Description = Messages.Option_PassThreshold, HelpName = "SCORE" };
    private readonly Option<string?> _banked = new("--banked") { Description = Messages.Option_Banked, HelpName = "include|exclude" };
    private readonly Option<string?> _courseScope = new("--course-scope") { Description = Messages.Option_CourseScope, HelpName = "presentation|module" };
    private readonly Option<string?> _churn = new("--churn") { Description = Messages.Option_Churn, HelpName = "all|after-start" };
    private readonly Option<string?> _minAttempts = new("--min-attempts") { Description = Messages.Option_MinAttempts, HelpName = "N" };
    private readonly Option<string?> _significanceLevel = new("--significance-level") { Description = Messages.Option_SignificanceLevel, HelpName = "ALPHA" };

    private DefinitionOptionsBinder()
    {
        _banked.AcceptOnlyFromAmong("include", "exclude");
        _courseScope.AcceptOnlyFromAmong("presentation", "module");
        _churn.AcceptOnlyFromAmong("all", "after-start");
    }

    /// <summary>Adds the definition options to <paramref name="command"/> and returns the binder that reads them back.</summary>
    public static DefinitionOptionsBinder AddTo(Command command)
    {
        var binder = new DefinitionOptionsBinder();
        command.Options.Add(binder._passThreshold);
        command.Options.Add(binder._banked);
        command.Options.Add(binder._courseScope);
        command.Options.Add(binder._churn);
        command.Options.Add(binder._minAttempts);
        command.Options.Add(binder._significanceLevel);
        return binder;
    }

    /// <summary>Returns <paramref name="configured"/> with the values that the parsed options override.</summary>
    /// <exception cref="ConfigurationException">A number is invalid or out of range; the message names the option and the allowed values.</exception>
    public Definitions Bind(ParseResult parse, Definitions configured) => configured with
    {
        PassThreshold = parse.GetValue(_passThreshold) is { } threshold
            ? ParseNumber(threshold, 0, 100, inclusive: true, Messages.Error_InvalidPassThreshold)
            : configured.PassThreshold,
        IncludeBanked = parse.GetValue(_banked) is { } banked ? banked == "include" : configured.IncludeBanked,
        CourseScope = parse.GetValue(_courseScope) is { } scope
            ? scope == "module" ? CourseScope.Module : CourseScope.Presentation
            : configured.CourseScope,
        ChurnAfterStartOnly = parse.GetValue(_churn) is { } churn ? churn == "after-start" : configured.ChurnAfterStartOnly,
        MinAttemptsToRank = parse.GetValue(_minAttempts) is { } attempts ? ParseCount(attempts) : configured.MinAttemptsToRank,
        SignificanceLevel = parse.GetValue(_significanceLevel) is { } alpha
            ? ParseNumber(alpha, 0, 1, inclusive: false, Messages.Error_InvalidSignificanceLevel)
            : configured.SignificanceLevel,
    };

    /// <summary>Parses a decimal number written with a point or, as Russian users write it, a comma.</summary>
    private static double ParseNumber(string text, double min, double max, bool inclusive, string error)
    {
        var valid = double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && (inclusive ? value >= min && value <= max : value > min && value < max);
        return valid ? value : throw new ConfigurationException(string.Format(CultureInfo.InvariantCulture, error, text));
    }

    private static int ParseCount(string text) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1
            ? value
            : throw new ConfigurationException(string.Format(CultureInfo.InvariantCulture, Messages.Error_InvalidMinAttempts, text));
}
