using System.Net;
using System.Net.Sockets;
using EduReport.Configuration;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using MimeKit.IO;
using Polly;
using Polly.Retry;

namespace EduReport.Deliver.Email;

/// <summary>
/// Sends an .eml file written by a report run through SMTP with MailKit. It sets the sender and
/// recipients from the settings, checks the size limit before connecting, and retries transient
/// failures (4xx replies, dropped or refused connections, timeouts) with exponential backoff.
/// Permanent failures (5xx replies, rejected credentials, TLS errors) are not retried. Every failure
/// ends in a <see cref="DeliveryException"/> that names the server and its reply.
/// </summary>
public sealed class EmailSender
{
    private readonly EmailSettings _settings;
    private readonly string? _password;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    /// <param name="password">The SMTP password from <see cref="SmtpPassword"/>, or null to send without authenticating.</param>
    /// <param name="time">The clock of the message's Date header; null is the system clock.</param>
    public EmailSender(EmailSettings settings, string? password, ILogger? logger = null, TimeProvider? time = null)
    {
        _settings = settings;
        _password = password;
        _logger = logger ?? NullLogger.Instance;
        _time = time ?? TimeProvider.System;
    }

    public async Task<EmailReceipt> SendAsync(string emailFile, CancellationToken cancellationToken = default)
    {
        var message = await LoadAsync(emailFile, cancellationToken).ConfigureAwait(false);
        Address(message);
        var recipients = message.To.Count + message.Cc.Count + message.Bcc.Count;

        var size = MeasureSize(message);
        if (size > _settings.MaxMessageBytes)
        {
            throw new DeliveryException(Localization.Text.Message("Email_TooLarge", emailFile, FormatSize(size), size, FormatSize(_settings.MaxMessageBytes), _settings.MaxMessageBytes, SettingKeys.EmailMaxMessageBytes));
        }

        EmailLog.Sending(_logger, emailFile, size, recipients, _settings.Server);
        var attempts = 0;
        try
        {
            var reply = await BuildPipeline().ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await SendOnceAsync(message, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
            EmailLog.Sent(_logger, emailFile, _settings.Server, reply);
            return new EmailReceipt(_settings.Server, recipients, reply, attempts);
        }
        catch (Exception e) when (IsSmtpFailure(e, cancellationToken))
        {
            throw new DeliveryException(Localization.Text.Message("Email_SendFailed", emailFile, _settings.Server, attempts, Describe(e)), e);
        }
    }

    /// <summary>Returns whether <paramref name="exception"/> may pass if the same message is sent again later.</summary>
    internal static bool IsTransient(Exception exception) => exception switch
    {
        SmtpCommandException command => (int)command.StatusCode is >= 400 and < 500,
        SmtpProtocolException or SocketException or IOException or TimeoutException => true,
        _ => false,
    };

    /// <summary>Describes a failure as the server's reply, or as the connection error when there was no reply.</summary>
    internal static string Describe(Exception exception) => exception switch
    {
        SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted } command =>
            Localization.Text.Message("Email_RecipientRejected", command.Mailbox?.Address, (int)command.StatusCode, command.Message),
        SmtpCommandException { ErrorCode: SmtpErrorCode.SenderNotAccepted } command =>
            Localization.Text.Message("Email_SenderRejected", command.Mailbox?.Address, (int)command.StatusCode, command.Message),
        SmtpCommandException command => Localization.Text.Message("Email_ServerReplied", (int)command.StatusCode, command.Message),
        _ => exception.Message,
    };

    private static bool IsSmtpFailure(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        SmtpCommandException or ProtocolException or AuthenticationException or SslHandshakeException => true,
        SocketException or IOException or TimeoutException or NotSupportedException => true,
        _ => false,
    };

    private static async Task<MimeMessage> LoadAsync(string emailFile, CancellationToken cancellationToken)
    {
        try
        {
            return await MimeMessage.LoadAsync(emailFile, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            throw new DeliveryException(Localization.Text.Message("Email_CannotRead", emailFile, e.Message), e);
        }
    }

    private void Address(MimeMessage message)
    {
        var from = MailboxText.Parse(_settings.From ?? throw new InvalidOperationException("The sender is not set; check the settings with EmailSettingsCheck first."));
        message.From.Clear();
        message.From.Add(from);
        Replace(message.To, _settings.To);
        Replace(message.Cc, _settings.Cc);
        Replace(message.Bcc, _settings.Bcc);
        message.Date = _time.GetLocalNow();
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(from.Domain);

        static void Replace(InternetAddressList list, IEnumerable<string> addresses)
        {
            list.Clear();
            list.AddRange(addresses.Select(MailboxText.Parse));
        }
    }

    /// <summary>Returns the size of the message as it goes over SMTP, with CRLF line ends and without the Bcc header.</summary>
    private static long MeasureSize(MimeMessage message)
    {
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Dos;
        options.HiddenHeaders.Add(HeaderId.Bcc);
        using var stream = new MeasuringStream();
        message.WriteTo(options, stream);
        return stream.Length;
    }

    private ResiliencePipeline<string> BuildPipeline()
    {
        var builder = new ResiliencePipelineBuilder<string>();
        if (_settings.Retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<string>
            {
                ShouldHandle = new PredicateBuilder<string>().Handle<Exception>(IsTransient),
                MaxRetryAttempts = _settings.Retries,
                Delay = _settings.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                OnRetry = arguments =>
                {
                    var reply = arguments.Outcome.Exception is { } e ? Describe(e) : string.Empty;
                    EmailLog.AttemptFailed(_logger, arguments.AttemptNumber + 1, _settings.Retries + 1, _settings.Server, reply, arguments.RetryDelay.TotalSeconds);
                    return default;
                },
            });
        }

        return builder.Build();
    }

    private async ValueTask<string> SendOnceAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)_settings.Timeout.TotalMilliseconds };
        var host = _settings.Host ?? throw new InvalidOperationException("The SMTP host is not set; check the settings with EmailSettingsCheck first.");
        await client.ConnectAsync(host, _settings.EffectivePort, SocketOptions(_settings.Tls), cancellationToken).ConfigureAwait(false);
        if (_password is not null)
        {
            await client.AuthenticateAsync(new NetworkCredential(_settings.UserName, _password), cancellationToken).ConfigureAwait(false);
        }

        var reply = await client.SendAsync(message, cancellationToken).ConfigureAwait(false);

        // The server has accepted the message, so a failure from here on must not cause a second copy.
        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException or ProtocolException or SmtpCommandException)
        {
            EmailLog.DisconnectFailed(_logger, _settings.Server, e.Message);
        }

        return reply;
    }

    private static SecureSocketOptions SocketOptions(TlsMode mode) => mode switch
    {
        TlsMode.Implicit => SecureSocketOptions.SslOnConnect,
        TlsMode.None => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTls,
    };

    /// <summary>Formats a size in KiB or MiB, with the decimal separator of the message language.</summary>
    private static string FormatSize(long bytes)
    {
        var format = System.Globalization.CultureInfo.CurrentUICulture.NumberFormat;
        return bytes >= 1024 * 1024
            ? Localization.Text.Message("Email_SizeMiB", (bytes / 1024.0 / 1024.0).ToString("0.0", format))
            : Localization.Text.Message("Email_SizeKiB", (bytes / 1024.0).ToString("0.0", format));
    }
}
