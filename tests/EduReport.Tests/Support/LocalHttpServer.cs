using System.Net;
using System.Net.Sockets;

namespace EduReport.Tests.Support;

/// <summary>
/// An HTTP server on 127.0.0.1 that responds to every request with one body, for download tests that
/// must never reach a real host. With <see cref="CutAfter"/> set, it announces the whole length but
/// drops the connection after that many bytes, as a broken download does.
/// </summary>
public sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public LocalHttpServer(byte[] body, int statusCode = 200)
    {
        Body = body;
        StatusCode = statusCode;
        Uri = Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Uri { get; }

    public byte[] Body { get; }

    public int StatusCode { get; }

    public int? CutAfter { get; init; }

    public int Requests { get; private set; }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener's exception when it is stopped.
        }
    }

    /// <summary>
    /// Starts listening on a free port. Another process can take the port between the probe and the
    /// start, since other test runs share the machine, so a taken port is retried with a new one.
    /// </summary>
    private Uri Start()
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                _listener.Start();
                return new Uri($"http://127.0.0.1:{port}/oulad.zip");
            }
            catch (HttpListenerException) when (attempt < 5)
            {
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Requests++;
            var response = context.Response;
            response.StatusCode = StatusCode;
            response.ContentType = "application/zip";
            response.ContentLength64 = Body.Length;
            try
            {
                if (CutAfter is { } cut)
                {
                    await response.OutputStream.WriteAsync(Body.AsMemory(0, cut));
                    await response.OutputStream.FlushAsync();
                    response.Abort();
                }
                else
                {
                    await response.OutputStream.WriteAsync(Body);
                    response.Close();
                }
            }
            catch (HttpListenerException)
            {
                // The client went away; the test checks what it saw.
            }
        }
    }
}
