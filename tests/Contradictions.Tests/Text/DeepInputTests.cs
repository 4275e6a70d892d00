using System.Text;
using Contradictions.Reporting;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Text;

/// <summary>
/// Markup nested far deeper than any article, built here rather than stored. A stack overflow cannot be caught in .NET
/// and ends the whole run, so reading such a page must not recurse once per level; each test reads on a thread with
/// the stack of a thread-pool thread, where a check reads its articles.
/// </summary>
public class DeepInputTests
{
    private const string Claim = "Ketamine was approved by the FDA in 1970.";

    /// <summary>The stack a thread-pool thread gets on Linux and macOS (1.5 MiB), where checks read articles in parallel.</summary>
    private const int ThreadPoolStack = 1536 * 1024;

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static T OnThreadPoolStack<T>(Func<T> read)
    {
        T result = default!;
        Exception? error = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = read();
                }
                catch (Exception e)
                {
                    error = e;
                }
            },
            ThreadPoolStack);
        thread.Start();
        thread.Join();
        return error is null ? result : throw new AssertionException($"reading threw {error.GetType().Name}: {error.Message}");
    }

    private static void AssertReadAndChecked(string id, string text) => AssertReadAndChecked(() => SourceDocument.FromText(id, text));

    /// <summary>The source is made on the small stack too: its title is read from its prose.</summary>
    private static void AssertReadAndChecked(Func<SourceDocument> source)
    {
        var document = OnThreadPoolStack(source);
        var report = OnThreadPoolStack(() => Repository.Checker.Check(document));
        var text = document.Text;
        Assert.Multiple(() =>
        {
            Assert.That(report.Assertions.Select(a => (a.Predicate, a.Quote)), Is.EqualTo(new[] { ("approval", Claim) }));
            Assert.That(report.Assertions.Select(a => text.Substring(a.Location.Offset, Claim.Length)), Is.EqualTo(new[] { Claim }), "the claim points at itself in the original");
            Assert.That(report.Notes, Is.Empty);
        });
    }

    [Test]
    public void TwentyTwoThousandNestedDivsAreRead() =>
        AssertReadAndChecked("deep.html", "<html><body>" + Repeat("<div>", 22_000) + "<p>" + Claim + "</p>" + Repeat("</div>", 22_000) + "</body></html>");

    [Test]
    public void TwentyThousandNestedTablesAreRead() =>
        AssertReadAndChecked("tables.html", "<html><body>" + Repeat("<table><tr><td>", 20_000) + Claim + Repeat("</td></tr></table>", 20_000) + "</body></html>");

    /// <remarks>
    /// The HTML parser takes time that grows with the square of this depth (seconds here), so the source is made
    /// without reading its title, and the page is parsed once.
    /// </remarks>
    [Test]
    public void AHundredThousandNestedBoldTagsAreRead()
    {
        var html = "<html><body><p>" + Repeat("<b>", 100_000) + Claim + Repeat("</b>", 100_000) + "</p></body></html>";
        AssertReadAndChecked(() => new SourceDocument("bold.html", null, html, "bold") { Format = SourceFormat.Html });
    }

    [Test]
    public void DeepNestingInsideADroppedElementIsSkipped() =>
        AssertReadAndChecked("nav.html", "<html><body><nav>" + Repeat("<div>", 22_000) + "Home" + Repeat("</div>", 22_000) + "</nav><p>" + Claim + "</p></body></html>");

    [Test]
    public void FiftyThousandAsterisksAroundASentenceAreRead() =>
        AssertReadAndChecked("stars.md", new string('*', 50_000) + Claim + new string('*', 50_000) + "\n");

    /// <summary>
    /// Markdown nested deeper than Markdig parses (it throws past its own limit) is read as plain text, markup and all,
    /// with a warning; the other articles are checked as usual.
    /// </summary>
    [TestCase(">", 200, " ")]
    [TestCase("- ", 10_000, "")]
    [TestCase("[", 100_000, "")]
    public void MarkdownNestedPastTheParsersLimitIsReadAsPlainTextWithAWarning(string opener, int depth, string gap)
    {
        var markdown = Repeat(opener, depth) + gap + Claim + "\n";
        var other = "It is an anesthetic. Esketamine was approved by the FDA in 2019.";
        var report = OnThreadPoolStack(() => Repository.Checker.Check(SourceDocument.FromText("deep.md", markdown), SourceDocument.FromText("other.txt", other)));
        Assert.Multiple(() =>
        {
            Assert.That(report.Notes.Select(n => (n.Input, n.Kind)), Is.EqualTo(new[] { ("deep.md", InputNoteKind.Warning) }));
            Assert.That(report.Notes.Single().Message, Does.Contain("nested too deeply").And.Contain("read as plain text"));
            Assert.That(report.Assertions.Select(a => (a.SourceId, a.Predicate)), Is.EquivalentTo(new[] { ("deep.md", "approval"), ("other.txt", "approval") }));
            Assert.That(report.Assertions.Select(a => markdown.Substring(a.Location.Offset, Claim.Length)).First(), Is.EqualTo(Claim));
        });
    }

    [Test]
    public void MarkdownNestedPastTheParsersLimitKeepsItsWarningWhenReadFromAFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "contradictions-deep-" + Guid.NewGuid().ToString("N") + ".md");
        File.WriteAllText(path, Repeat(">", 200) + " " + Claim + "\n");
        try
        {
            var source = SourceDocument.FromFile(path);
            Assert.That(source.Warnings, Has.One.Contains("nested too deeply"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
