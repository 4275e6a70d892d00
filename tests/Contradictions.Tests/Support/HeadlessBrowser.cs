using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Contradictions.Tests.Support;

/// <summary>
/// Headless Chromium driven over the DevTools protocol: opens a page, collects every console error, uncaught
/// exception and browser log error (Content-Security-Policy violations among them), evaluates script, takes screenshots.
/// </summary>
internal sealed class HeadlessBrowser : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly string profile;
    private readonly ClientWebSocket socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> pending = new();
    private readonly ConcurrentQueue<string> errors = new();
    private readonly CancellationTokenSource stop = new();
    private TaskCompletionSource loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? receiving;
    private string? session;
    private int nextId;

    private HeadlessBrowser(Process process, string profile)
    {
        this.process = process;
        this.profile = profile;
    }

    /// <summary>What the page reported as errors so far: console errors, uncaught exceptions, browser log errors.</summary>
    public IReadOnlyList<string> Errors => errors.ToList();

    /// <summary>The Chromium executable on the PATH, or null when none is installed.</summary>
    public static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(name => path.Split(Path.PathSeparator).Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }

    public static async Task<HeadlessBrowser> LaunchAsync(string executable)
    {
        var profile = Path.Combine(Path.GetTempPath(), "contradictions-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--window-size=1280,1800", "--remote-debugging-port=0",
            "--user-data-dir=" + profile, "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start.");
        var browser = new HeadlessBrowser(process, profile);
        try
        {
            await browser.ConnectAsync();
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens <paramref name="url"/> in a new tab and waits for its load event.</summary>
    public async Task OpenAsync(string url)
    {
        var target = await SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, inSession: false);
        var attached = await SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target["targetId"]!.GetValue<string>(), ["flatten"] = true }, inSession: false);
        session = attached["sessionId"]!.GetValue<string>();
        foreach (var domain in new[] { "Page", "Runtime", "Log" })
        {
            await SendAsync(domain + ".enable", []);
        }

        loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url });
        await loaded.Task.WaitAsync(Timeout);
    }

    /// <summary>Evaluates a script expression in the page and returns its value as JSON.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (result["exceptionDetails"] is { } exception)
        {
            throw new InvalidOperationException($"The page threw: {exception.ToJsonString()}");
        }

        return result["result"]?["value"]?.DeepClone();
    }

    /// <summary>A PNG of the whole page.</summary>
    public async Task<byte[]> ScreenshotAsync()
    {
        var shot = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true });
        return Convert.FromBase64String(shot["data"]!.GetValue<string>());
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            // Already gone, or slow to go: nothing else to release here.
        }

        socket.Dispose();
        process.Dispose();
        stop.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium's last writes may still be settling; the temp folder is cleaned by the system.
        }
    }

    private async Task ConnectAsync()
    {
        // Chromium prints its DevTools address on stderr once it listens.
        string? address = null;
        var deadline = DateTime.UtcNow + Timeout;
        while (address is null && DateTime.UtcNow < deadline)
        {
            var line = await process.StandardError.ReadLineAsync().WaitAsync(Timeout);
            if (line is null)
            {
                throw new InvalidOperationException("Chromium exited before it listened for DevTools.");
            }

            const string Marker = "DevTools listening on ";
            var at = line.IndexOf(Marker, StringComparison.Ordinal);
            address = at >= 0 ? line[(at + Marker.Length)..].Trim() : null;
        }

        if (address is null)
        {
            throw new TimeoutException("Chromium did not print its DevTools address.");
        }

        // Keep draining both streams so Chromium never blocks on a full pipe.
        _ = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        await socket.ConnectAsync(new Uri(address), stop.Token);
        receiving = Task.Run(ReceiveAsync);
    }

    private async Task<JsonObject> SendAsync(string method, JsonObject parameters, bool inSession = true)
    {
        var id = Interlocked.Increment(ref nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        if (inSession)
        {
            message["sessionId"] = session ?? throw new InvalidOperationException("No page is open.");
        }

        var reply = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = reply;
        await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, stop.Token);
        var response = await reply.Task.WaitAsync(Timeout);
        if (response["error"] is { } error)
        {
            throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
        }

        return response["result"]?.AsObject() ?? [];
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (!stop.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                {
                    continue;
                }

                var json = JsonNode.Parse(message.ToArray())!.AsObject();
                message.SetLength(0);
                Dispatch(json);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The browser is closing.
        }

        foreach (var reply in pending.Values)
        {
            reply.TrySetException(new InvalidOperationException("The browser closed the connection."));
        }
    }

    private void Dispatch(JsonObject json)
    {
        if (json["id"] is { } id && pending.TryRemove(id.GetValue<int>(), out var reply))
        {
            reply.TrySetResult(json);
            return;
        }

        var parameters = json["params"] as JsonObject ?? [];
        switch (json["method"]?.GetValue<string>())
        {
            case "Page.loadEventFired":
                loaded.TrySetResult();
                break;
            case "Runtime.consoleAPICalled" when Text(parameters, "type") is "error" or "assert":
                var args = parameters["args"] as JsonArray ?? [];
                errors.Enqueue("console: " + string.Join(' ', args.OfType<JsonObject>().Select(a => Text(a, "value") ?? Text(a, "description"))));
                break;
            case "Runtime.exceptionThrown":
                errors.Enqueue("exception: " + parameters["exceptionDetails"]?.ToJsonString());
                break;
            case "Log.entryAdded" when parameters["entry"] is JsonObject entry && Text(entry, "level") == "error":
                errors.Enqueue("log: " + Text(entry, "text"));
                break;
        }
    }

    private static string? Text(JsonObject json, string name) => json[name] switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonNode node => node.ToJsonString(),
        null => null,
    };
}
