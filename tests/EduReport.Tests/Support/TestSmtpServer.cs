using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.ComponentModel;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace EduReport.Tests.Support;

/// <summary>
/// A real SMTP server (the SmtpServer library) on 127.0.0.1 and a free port, for the e-mail tests.
/// It stores every message it accepts with its envelope. Its options make it reject recipients, limit
/// the message size, require a password, or fail the first messages with a transient 451 reply.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly SmtpServer.SmtpServer _server;
    private readonly Task _running;
    private int _transientFailuresLeft;
    private int _sessions;

    private TestSmtpServer(TestSmtpServerOptions options)
    {
        Port = FreePort();
        _transientFailuresLeft = options.TransientFailures;
        var builder = new SmtpServerOptionsBuilder()
            .ServerName("edureport-test")
            .Endpoint(endpoint => endpoint
                .Endpoint(new IPEndPoint(IPAddress.Loopback, Port))
                .AuthenticationRequired(options.Password is not null)
                .AllowUnsecureAuthentication(true));
        if (options.MaxMessageSize > 0)
        {
            builder.MaxMessageSize(options.MaxMessageSize, MaxMessageSizeHandling.Strict);
        }

        var services = new ServiceProvider();
        services.Add(new Store(this));
        services.Add(new Filter(options.RejectedRecipients));
        if (options.Password is not null)
        {
            services.Add(new DelegatingUserAuthenticator((user, password) =>
            {
                Logins.Add((user, password));
                return user == options.UserName && password == options.Password;
            }));
        }

        _server = new SmtpServer.SmtpServer(builder.Build(), services);
        _server.SessionCreated += (_, _) => Interlocked.Increment(ref _sessions);
        _running = _server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>The messages the server accepted, in order.</summary>
    public ConcurrentQueue<ReceivedMessage> Messages { get; } = new();

    /// <summary>Every user name and password a client authenticated with.</summary>
    public ConcurrentBag<(string User, string Password)> Logins { get; } = [];

    /// <summary>How many SMTP sessions clients opened.</summary>
    public int Sessions => Volatile.Read(ref _sessions);

    public static async Task<TestSmtpServer> StartAsync(TestSmtpServerOptions? options = null)
    {
        var server = new TestSmtpServer(options ?? new TestSmtpServerOptions());
        await server.WaitUntilListeningAsync().ConfigureAwait(false);
        return server;
    }

    /// <summary>Returns a port on 127.0.0.1 that nothing listens on at the moment of the call.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _running.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The server stops by cancellation.
        }

        _stop.Dispose();
    }

    /// <summary>Waits until the port is listening, without connecting, so that <see cref="Sessions"/> counts only the client's sessions.</summary>
    private async Task WaitUntilListeningAsync()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var listeners = IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners();
            if (listeners.Any(l => l.Port == Port && IPAddress.IsLoopback(l.Address)))
            {
                return;
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        throw new InvalidOperationException($"The test SMTP server did not start listening on port {Port}.");
    }

    private sealed class Store(TestSmtpServer server) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref server._transientFailuresLeft) >= 0)
            {
                return Task.FromResult(new SmtpResponse(SmtpReplyCode.Aborted, "4.3.0 Test server busy, try again later"));
            }

            var raw = buffer.ToArray();
            using var stream = new MemoryStream(raw);
            var message = MimeMessage.Load(stream, cancellationToken);
            server.Messages.Enqueue(new ReceivedMessage(
                Address(transaction.From),
                transaction.To.Select(Address).ToArray(),
                raw,
                message));
            return Task.FromResult(new SmtpResponse(SmtpReplyCode.Ok, "2.0.0 Ok: queued as TEST" + server.Messages.Count));
        }
    }

    private sealed class Filter(IReadOnlyCollection<string> rejected) : MailboxFilter
    {
        public override Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!rejected.Contains(Address(to), StringComparer.OrdinalIgnoreCase));
    }

    private static string Address(IMailbox mailbox) => $"{mailbox.User}@{mailbox.Host}";
}

/// <summary>How the test SMTP server behaves.</summary>
public sealed record TestSmtpServerOptions
{
    /// <summary>Recipients that RCPT TO rejects with 550.</summary>
    public IReadOnlyCollection<string> RejectedRecipients { get; init; } = [];

    /// <summary>The SIZE limit the server announces and enforces, in bytes, or 0 for no limit.</summary>
    public int MaxMessageSize { get; init; }

    /// <summary>How many messages are rejected with 451 before one is accepted.</summary>
    public int TransientFailures { get; init; }

    public string UserName { get; init; } = "reports";

    /// <summary>The password the server requires, or null to accept mail without authentication.</summary>
    public string? Password { get; init; }
}

/// <summary>A message as the server received it: the envelope, the raw bytes and the parsed message.</summary>
public sealed record ReceivedMessage(string From, IReadOnlyList<string> Recipients, byte[] Raw, MimeMessage Message);
