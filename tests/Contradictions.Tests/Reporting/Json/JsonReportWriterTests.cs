using Contradictions.Claims;
using Contradictions.Claims.Normalizers;
using Contradictions.Packs;
using Contradictions.Reliability;
using Contradictions.Reporting;
using Contradictions.Reporting.Json;
using Contradictions.Rules;
using Contradictions.Suppressions;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Reporting.Json;

/// <summary>
/// The JSON report byte for byte, as the first writer (a whole document built in memory) rendered it: the streaming
/// writer must give the same bytes.
/// </summary>
public class JsonReportWriterTests
{
    [Test]
    public void RendersTheSeedReport() => Snapshot.Verify(Render(Repository.SeedReport));

    [Test]
    public void RendersEveryFieldAndAwkwardCharacters() => Snapshot.Verify(Render(Awkward()));

    [Test]
    public void AnAssertionReadsTheSameInTheReportAndAlone()
    {
        var report = Render(Repository.SeedReport);
        var first = JsonReportWriter.ToJson(Repository.SeedReport.Assertions[0]).ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            IndentSize = 2,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        Assert.That(report, Does.Contain(Indent(first, "    ")));
    }

    private static string Indent(string text, string by) => string.Join("\n", text.Split('\n').Select((line, i) => i == 0 ? line : by + line));

    private static string Render(Report report)
    {
        using var writer = new StringWriter();
        new JsonReportWriter().Write(report, writer);
        return writer.ToString();
    }

    /// <summary>Every optional field set somewhere and left out elsewhere; text with line separators, controls,
    /// markup and a surrogate pair; a quote longer than any write buffer.</summary>
    private static Report Awkward()
    {
        const string odd = "a\u2028b\u2029c\u0085d\fe\rf\u0001g <b>&amp;</b> 'q' \"dq\" \\ \U0001F600 é";
        var longQuote = string.Concat(Enumerable.Repeat("A long sentence é \u2028. ", 6000));
        var full = new Assertion(
            "a.txt#1", "a.txt", "subject-x", "X " + odd, true, "pred", new ClaimValue("v1", "value " + odd), "object-y",
            new DateInterval(new DateOnly(1990, 1, 1), new DateOnly(1990, 12, 31)), "in 1990",
            [new Qualifier("indication", "pain", "for pain"), new Qualifier("odd name " + odd, "v", "t")],
            Polarity.Negated, Modality.May, new SourceLocation(3, 4, 50, 12), longQuote, "pattern-1");
        var open = new Assertion(
            "b.txt#1", "b.txt", "subject-x", "X", false, "pred", null, null, null, "last year", [],
            Polarity.Affirmed, Modality.States, new SourceLocation(1, 1, 0, 5), odd, "pattern-2");
        var fact = open with { Id = "fact-1#1", SourceId = "fact-1", DateText = null, IsReference = true };
        var side = new Evidence("v1", "a.txt", 3, 4, odd, "a.txt#1");
        var reference = new Evidence("v2", "fact-1", 7, 1, "The fact.", "fact-1#1", Reference: true, Url: "https://example.org/x?a=1&b=<2>");
        var finding = new Finding("f1", "rule-1", Severity.Error, "topic " + odd, "message " + odd, [side, reference], ["a.txt"])
        {
            Reason = "reason " + odd,
            ReferenceSupports = "v2",
        };
        var plain = new Finding("f2", "rule-2", Severity.Info, "topic", "message", [side], []);
        return new Report(
            "pack " + odd,
            [new SourceSummary("a.txt", "Title " + odd, "Publisher", new DateOnly(2020, 2, 3), 1) { Url = "https://example.org/a" }, new SourceSummary("b.txt", "B", null, null, 1)],
            [full, open],
            [finding, plain],
            [new Corroboration("topic", "statement " + odd, 2, [side], ["f1"]), new Corroboration("topic", "s", 2, [side, side], [])],
            [new ReferenceFact("fact-1", "The fact " + odd, "https://example.org/f", [fact])],
            [new InputNote("c.txt", "skipped " + odd), new InputNote("d.txt", "warned", InputNoteKind.Warning)])
        {
            Reliability = [new SourceScore("a.txt", 0.1 + 0.2, 3, [new ScoreReason("a.txt#1", 3, "claim " + odd, 1.0 / 3)]), new SourceScore("b.txt", 1, 0, [])],
            Suppressed = [new SuppressedFinding(plain, "in the baseline " + odd)],
            Histories = [new History("topic " + odd, "X " + odd, [new HistoryStep("up to 1990-12-31", "statement " + odd, [side]), new HistoryStep("from 1991", "s", [side, reference])])],
        };
    }
}
