using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Contradictions.Tests.Support;

/// <summary>Runs the built <c>contradictions</c> command as a separate process, as a user would.</summary>
internal static class Tool
{
    /// <summary>Starts the command in the repository root, its output redirected.</summary>
    public static Process Start(params string[] args) => StartIn(Repository.Root, args);

    /// <summary>Starts the command in <paramref name="workingDirectory"/>, its output redirected.</summary>
    public static Process StartIn(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "Contradictions.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    /// <summary>Runs the command in the repository root to its end.</summary>
    public static (int Exit, string Stdout, string Stderr) Run(params string[] args) => RunIn(Repository.Root, args);

    /// <summary>Runs the command in <paramref name="workingDirectory"/> to its end.</summary>
    public static (int Exit, string Stdout, string Stderr) RunIn(string workingDirectory, params string[] args)
    {
        using var process = StartIn(workingDirectory, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Sends a signal: 2 (SIGINT) is what Ctrl-C in a terminal sends, 15 (SIGTERM) what a service manager sends.</summary>
    public static void Signal(Process process, int signal)
    {
        if (Kill(process.Id, signal) != 0)
        {
            throw new InvalidOperationException($"kill failed with error {Marshal.GetLastPInvokeError()}");
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Kill(int pid, int signal);
}
