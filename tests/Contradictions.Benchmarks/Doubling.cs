using System.Diagnostics;
using System.Globalization;
using System.Text;
using Contradictions.Text;

namespace Contradictions.Benchmarks;

/// <summary>
/// Extraction time as one article doubles in size (issue 15): the same sentence repeated to 64 KiB, 128 KiB, ...
/// Extraction of one article should be linear in its length, so each doubling may take at most
/// <see cref="MaxRatio"/> times the time before; the check fails otherwise.
/// </summary>
internal static class Doubling
{
    /// <summary>How much more time one doubling of the article may take.</summary>
    public const double MaxRatio = 2.2;

    /// <summary>Prints one row per size and returns 0, or 1 when a doubling took more than <see cref="MaxRatio"/> times as long.</summary>
    public static int Run(ContradictionChecker checker, string sentence, int startBytes, int steps, TextWriter output)
    {
        // A first, small run so that compiling the patterns and the JIT do not count against the first size.
        checker.Extract(SourceDocument.FromText("warm-up.txt", Repeat(sentence, 4096)));
        output.WriteLine("| bytes | assertions | seconds | ratio |");
        output.WriteLine("|---:|---:|---:|---:|");
        var failed = false;
        double? previous = null;
        for (var step = 0; step < steps; step++)
        {
            var text = Repeat(sentence, startBytes << step);
            var clock = Stopwatch.StartNew();
            var assertions = checker.Extract(SourceDocument.FromText("doubling.txt", text)).Count;
            var seconds = clock.Elapsed.TotalSeconds;
            var ratio = previous is { } before ? seconds / before : (double?)null;
            failed |= ratio > MaxRatio;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {text.Length} | {assertions} | {seconds:F2} | {(ratio is { } r ? r.ToString("F2", CultureInfo.InvariantCulture) : "-")} |"));
            previous = seconds;
        }

        output.WriteLine(failed ? $"doubling: FAILED, a doubling took more than {MaxRatio}x the time" : $"doubling: every doubling took at most {MaxRatio}x the time");
        return failed ? 1 : 0;
    }

    private static string Repeat(string sentence, int bytes)
    {
        var text = new StringBuilder(bytes + sentence.Length);
        while (text.Length < bytes)
        {
            text.Append(sentence);
        }

        return text.ToString();
    }
}
