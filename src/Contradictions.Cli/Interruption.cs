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
    private static bool finished;

    /// <summary>Takes over SIGINT and SIGTERM for the rest of the process.</summary>
    public static void Install()
    {
        Registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, 130)));
        Registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, 143)));
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

    private static void Stop(PosixSignalContext context, int exitCode)
    {
        context.Cancel = true;
        lock (Gate)
        {
            if (finished)
            {
                return;
            }

            // Exit codes 128 + signal number, as shells report a process stopped by a signal.
            Console.Error.WriteLine("contradictions: interrupted; no report was written.");
            Environment.Exit(exitCode);
        }
    }
}
