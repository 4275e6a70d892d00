using Contradictions.Reliability;
using Contradictions.Reporting.Text;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Reporting.Text;

/// <summary>The console report: plain unless asked for color, and then colored by severity.</summary>
public class TextReportWriterTests
{
    // ANSI color codes; matched as a pattern because culture-aware Contain ignores control characters.
    private const string ColorCode = "\u001b\\[[0-9;]*m";

    private static string Render(bool color)
    {
        using var writer = new StringWriter();
        new TextReportWriter { Color = color }.Write(Repository.SeedReport, writer);
        return writer.ToString();
    }

    [Test]
    public void WithoutColorThereAreNoEscapeSequences()
    {
        Assert.That(Render(color: false), Does.Not.Match(ColorCode));
    }

    [Test]
    public void WithColorErrorsAreRedAndWarningsYellowAndTheTextIsOtherwiseTheSame()
    {
        var colored = Render(color: true);
        Assert.Multiple(() =>
        {
            Assert.That(colored, Does.Match(System.Text.RegularExpressions.Regex.Escape(": \u001b[1;31merror\u001b[0m approval-attribution [")));
            Assert.That(colored, Does.Match(System.Text.RegularExpressions.Regex.Escape(": \u001b[33mwarning\u001b[0m scheduling-authority [")));
            Assert.That(System.Text.RegularExpressions.Regex.Replace(colored, "\u001b\\[[0-9;]*m", string.Empty), Is.EqualTo(Render(color: false)));
        });
    }

    [TestCase(20, 20)]
    [TestCase(21, 21)]
    [TestCase(22, 21)]
    [TestCase(95, 21)]
    public void TrustLinesShowTheTenMostAndTenLeastTrustedSourcesAndCountTheRest(int sources, int lines)
    {
        var scores = Enumerable.Range(0, sources).Select(i => new SourceScore($"s{i:000}.txt", 1 - (i / 100.0), 2, [])).ToList();
        using var writer = new StringWriter();
        new TextReportWriter().Write(Repository.SeedReport with { Reliability = scores }, writer);
        var trust = writer.ToString().Split('\n').Where(l => l.StartsWith("trust ", StringComparison.Ordinal)).ToList();
        var named = trust.Where(l => l.Contains(".txt", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(trust, Has.Count.EqualTo(lines));
            Assert.That(named, Has.Count.EqualTo(sources <= 21 ? sources : 20));
            Assert.That(named[0], Is.EqualTo("trust 1.00: s000.txt (2 claims)"));
            Assert.That(named[^1], Does.Contain($"s{sources - 1:000}.txt"));
        });
        if (sources > 21)
        {
            Assert.That(trust[10], Is.EqualTo($"trust 0.90 to {1 - ((sources - 11) / 100.0):0.00}: \u2026 and {sources - 20} more sources (the JSON report lists every one)"));
        }
    }
}
