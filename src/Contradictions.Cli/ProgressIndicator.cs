namespace Contradictions.Cli;

/// <summary>
/// A spinner on stderr for runs that take a while: it shows only after a delay (quick runs print nothing), redraws in
/// place, and erases itself when the work is done, so the report that follows starts on a clean line.
/// </summary>
internal sealed class ProgressIndicator : IDisposable
{
    private static readonly string[] Frames = ["|", "/", "-", "\\"];
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(120);

    private readonly TextWriter output;
    private readonly string message;
    private readonly ITimer timer;
    private readonly Lock gate = new();
    private int frame;
    private bool shown;
    private bool disposed;

    public ProgressIndicator(TextWriter output, string message, TimeSpan delay, TimeProvider time)
    {
        this.output = output;
        this.message = message;
        timer = time.CreateTimer(_ => Draw(), null, delay, Interval);
    }

    /// <summary>A spinner after one second when stderr is a terminal; otherwise nothing.</summary>
    public static IDisposable? ForTerminal(string message) =>
        Console.IsErrorRedirected ? null : new ProgressIndicator(Console.Error, message, TimeSpan.FromSeconds(1), TimeProvider.System);

    public void Dispose()
    {
        timer.Dispose();
        lock (gate)
        {
            disposed = true;
            if (shown)
            {
                output.Write("\r" + new string(' ', message.Length + 2) + "\r");
                output.Flush();
            }
        }
    }

    private void Draw()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            shown = true;
            output.Write($"\r{Frames[frame++ % Frames.Length]} {message}");
            output.Flush();
        }
    }
}
