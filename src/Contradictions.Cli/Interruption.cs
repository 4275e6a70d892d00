using System.Runtime.InteropServices;

namespace Contradictions.Cli;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM stop the run at once with a message, and never in the middle of writing the report:
/// the report is written whole, or not at all.
/// </summary>
internal static class Interruption
{
    private static readonly Lock Gate = new();
    private static readonly List<PosixSignalRegistration> Registrations = [];
    private static readonly List<string> Temporaries = [];
    private static bool finished;

    /// <summary>Takes over SIGINT and SIGTERM for the rest of the process.</summary>
    public static void Install()
    {
        foreach (var (signal, exitCode) in new[] { (PosixSignal.SIGINT, 130), (PosixSignal.SIGTERM, 143) })
        {
            try
            {
                Registrations.Add(PosixSignalRegistration.Create(signal, context => Stop(context, exitCode)));
            }
            catch (PlatformNotSupportedException)
            {
                // Not every platform has every signal; those it has are still handled.
            }
        }
    }

    /// <summary>Writes the output; a signal that arrives meanwhile waits, and then lets the run end normally.</summary>
    public static void Finish(Action write)
    {
        lock (Gate)
        {
            write();
            finished = true;
        }
    }

    /// <summary>A temporary file to delete if a signal stops the run: a stopped run leaves nothing behind.</summary>
    public static void RemoveOnStop(string path)
    {
        lock (Gate)
        {
            Temporaries.Add(path);
        }
    }

    private static void Stop(PosixSignalContext context, int exitCode)
    {
        context.Cancel = true;
        lock (Gate)
        {
            if (finished)
            {
                return;
            }

            foreach (var path in Temporaries)
            {
                try
                {
                    File.Delete(path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Nothing more can be done on the way out; the name is random and hidden.
                }
            }

            // Exit codes 128 + signal number, as shells report a process stopped by a signal.
            Console.Error.WriteLine("contradictions: interrupted; no report was written.");
            Environment.Exit(exitCode);
        }
    }
}
