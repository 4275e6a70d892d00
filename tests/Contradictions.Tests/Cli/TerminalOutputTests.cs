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
        Assert.That(OnTerminal(noColor: null), Does.Match(System.Text.RegularExpressions.Regex.Escape("\u001b[1;31merror\u001b[0m approval-attribution:")));
    }

    [Test]
    public void NoColorTurnsColorOffOnATerminal()
    {
        var output = OnTerminal(noColor: "1");
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("error approval-attribution:"));
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
            Assert.That(stdout, Does.Contain("error approval-attribution:").And.Not.Match(ColorCode));
            Assert.That(stderr.Result, Is.Empty, "no progress indicator when stderr is not a terminal");
        });
    }

    [Test]
    public void TheProgressIndicatorShowsAfterItsDelayAndErasesItself()
    {
        using var output = new StringWriter();
        var indicator = new ProgressIndicator(output, "checking", TimeSpan.Zero, TimeProvider.System);
        var waited = Stopwatch.StartNew();
        while (output.ToString().Length == 0 && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            Thread.Sleep(20);
        }

        indicator.Dispose();
        var text = output.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.StartWith("\r").And.Contain(" checking"));
            Assert.That(text, Does.EndWith("\r" + new string(' ', "checking".Length + 2) + "\r"));
        });
    }

    [Test]
    public void AQuickRunShowsNoProgressIndicator()
    {
        using var output = new StringWriter();
        new ProgressIndicator(output, "checking", TimeSpan.FromMinutes(1), TimeProvider.System).Dispose();
        Assert.That(output.ToString(), Is.Empty);
    }
}
