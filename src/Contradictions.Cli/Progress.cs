using System.Diagnostics;
using System.Globalization;

namespace Contradictions.Cli;

/// <summary>
/// How far a run over many files has got, on stderr when stderr is a terminal: files done of the total, MB/s and the
/// time left, redrawn on one line and erased at the end, so the report that follows starts on a clean line. Quiet
/// when stderr is a file or a pipe, so that logs get only what matters.
/// </summary>
internal sealed class Progress : IDisposable
{
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(250);

    private readonly TextWriter output;
    private readonly int files;
    private readonly long bytes;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly ITimer timer;
    private readonly Lock drawing = new();
    private int filesDone;
    private long bytesDone;
    private int width;

    public Progress(TextWriter output, int files, long bytes, TimeProvider time)
    {
        this.output = output;
        this.files = files;
        this.bytes = bytes;
        Draw();
        timer = time.CreateTimer(_ => Draw(), null, Every, Every);
    }

    /// <summary>A progress line for a run over <paramref name="files"/> files, or null when stderr is not a terminal or there is one file.</summary>
    public static Progress? Start(int files, long bytes) =>
        files > 1 && !Console.IsErrorRedirected ? new Progress(Console.Error, files, bytes, TimeProvider.System) : null;

    /// <summary>Counts one file done; safe from any thread.</summary>
    public void FileDone(long size)
    {
        Interlocked.Increment(ref filesDone);
        Interlocked.Add(ref bytesDone, size);
    }

    /// <summary>Draws the final count and clears the line.</summary>
    public void Dispose()
    {
        timer.Dispose();
        Draw();
        lock (drawing)
        {
            output.Write("\r" + new string(' ', width) + "\r");
            output.Flush();
        }
    }

    private void Draw()
    {
        var done = Volatile.Read(ref filesDone);
        var read = Interlocked.Read(ref bytesDone);
        var seconds = clock.Elapsed.TotalSeconds;
        var rate = seconds > 0 ? read / 1e6 / seconds : 0;
        var left = rate > 0 ? TimeSpan.FromSeconds((bytes - read) / 1e6 / rate) : (TimeSpan?)null;
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"{done}/{files} files, {rate:F1} MB/s, {(left is { } l ? $"{(int)l.TotalMinutes}:{l.Seconds:D2}" : "-:--")} left");
        lock (drawing)
        {
            output.Write("\r" + line.PadRight(width));
            output.Flush();
            width = Math.Max(width, line.Length);
        }
    }
}
