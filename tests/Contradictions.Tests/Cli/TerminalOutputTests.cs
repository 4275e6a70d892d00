using System.Diagnostics;
using Contradictions.Cli;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Cli;

/// <summary>The command on a terminal (a pseudo-terminal made by util-linux's <c>script</c>), piped, and with NO_COLOR.</summary>
public class TerminalOutputTests
{
    // ANSI color codes; matched as a pattern because culture-aware Contain ignores control characters.
    private const string ColorCode = "\u001b\\[[0-9;]*m";

    private static string OnTerminal(string? noColor)
    {
        var cli = Path.Combine(TestContext.CurrentContext.TestDirectory, "Contradictions.Cli.dll");
        var start = new ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, WorkingDirectory = Repository.Root };
        foreach (var argument in new[] { "-qec", $"dotnet '{cli}' check seeds", "/dev/null" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("NO_COLOR");
        if (noColor is not null)
        {
            start.Environment["NO_COLOR"] = noColor;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return stdout.Result;
    }

    [Test]
    public void OnATerminalSeveritiesAreColored()
    {
        Assert.That(OnTerminal(noColor: null), Does.Match(System.Text.RegularExpressions.Regex.Escape("\u001b[1;31merror\u001b[0m approval-attribution [")));
    }

    [Test]
    public void NoColorTurnsColorOffOnATerminal()
    {
        var output = OnTerminal(noColor: "1");
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("error approval-attribution ["));
            Assert.That(output, Does.Not.Match(ColorCode));
        });
    }

    [Test]
    public void PipedOutputIsPlain()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root };
        foreach (var argument in new[] { Path.Combine(TestContext.CurrentContext.TestDirectory, "Contradictions.Cli.dll"), "check", "seeds" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("NO_COLOR");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Multiple(() =>
        {
            Assert.That(stdout, Does.Contain("error approval-attribution [").And.Not.Match(ColorCode));
            Assert.That(stderr.Result, Is.Empty, "no progress indicator when stderr is not a terminal");
        });
    }

    [Test]
    public void ProgressCountsFilesAndErasesItsLine()
    {
        using var output = new StringWriter();
        using (var progress = new Progress(output, 3, 3_000_000, TimeProvider.System))
        {
            progress.FileDone(1_000_000);
            progress.FileDone(2_000_000);
        }

        var text = output.ToString();
        var last = text.TrimEnd('\r', ' ').Split('\r')[^1];
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.StartWith("\r0/3 files, "));
            Assert.That(last, Does.Match(@"^2/3 files, \d+\.\d MB/s, (\d+:\d\d|-:--) left$"));
            Assert.That(text, Does.EndWith(new string(' ', last.Length) + "\r"));
        });
    }
}
