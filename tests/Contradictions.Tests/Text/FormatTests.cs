using Contradictions.Claims;
using Contradictions.Tests.Support;
using Contradictions.Text;
using Contradictions.Text.Formats;

namespace Contradictions.Tests.Text;

/// <summary>Markdown and HTML give the claims of the same article in plain text, each placed in the file as written.</summary>
public class FormatTests
{
    private static string Fixture(string name) => Path.Combine(Repository.Root, "tests", "Contradictions.Tests", "Text", "Formats", name);

    private static IReadOnlyList<Assertion> Extract(string name) => Repository.Checker.Extract(SourceDocument.FromFile(Fixture(name)));

    /// <summary>What a claim says, without where it was said.</summary>
    private static IEnumerable<string> Claims(IEnumerable<Assertion> assertions) => assertions.Select(a =>
        $"{a.Subject} ({a.SubjectText}{(a.SubjectInferred ? ", inferred" : string.Empty)}) {a.Predicate} {a.Value?.Normalized} {a.ObjectEntity} {a.Date} "
        + $"[{string.Join(", ", a.Qualifiers.Select(q => $"{q.Name}={q.Value}"))}] {a.Polarity} {a.Modality} {a.Pattern} \"{a.Quote}\"");

    [TestCase("article.md")]
    [TestCase("article.html")]
    public void MarkupGivesTheSameAssertionsAsPlainText(string file)
    {
        var plain = Extract("article.txt");
        Assert.That(plain.Select(a => a.Predicate), Is.EquivalentTo(new[] { "approval", "nmda-action", "scheduling", "respiratory-depression", "respiratory-depression" }));
        Assert.That(Claims(Extract(file)), Is.EqualTo(Claims(plain)));
    }

    [TestCase("article.txt")]
    [TestCase("article.md")]
    [TestCase("article.html")]
    public void EveryAssertionPointsAtItsWordsInTheOriginalFile(string file)
    {
        var original = File.ReadAllText(Fixture(file));
        var lines = original.Split('\n');
        var approval = Extract(file).Single(a => a.Predicate == "approval");
        var expectedOffset = original.IndexOf("It was approved", StringComparison.Ordinal);
        var expectedLine = original[..expectedOffset].Count(c => c == '\n') + 1;
        Assert.Multiple(() =>
        {
            Assert.That(approval.Location.Offset, Is.EqualTo(expectedOffset));
            Assert.That(approval.Location.Line, Is.EqualTo(expectedLine));
            Assert.That(lines[approval.Location.Line - 1][(approval.Location.Column - 1)..], Does.StartWith("It was approved"));
            Assert.That(original.Substring(approval.Location.Offset + approval.Location.Length - "anesthetic".Length, "anesthetic".Length), Is.EqualTo("anesthetic"));
        });
    }

    [Test]
    public void ACitationLinkAfterThePeriodEndsTheSentenceAndPositionsStayExact()
    {
        const string html = "<html><body><p>Ketamine is used as an anesthetic.<sup><a href=\"#c1\">[1]</a></sup><sup>[2]</sup> It was approved by the FDA in 1970.</p></body></html>";
        var approval = Repository.Checker.Extract(SourceDocument.FromText("a.html", html)).Single(a => a.Predicate == "approval");
        Assert.Multiple(() =>
        {
            Assert.That(approval.Quote, Is.EqualTo("It was approved by the FDA in 1970."));
            Assert.That(approval.Location.Offset, Is.EqualTo(html.IndexOf("It was", StringComparison.Ordinal)));
            Assert.That(approval.Location.Column, Is.EqualTo(html.IndexOf("It was", StringComparison.Ordinal) + 1));
        });
    }

    [Test]
    public void ScriptsStylesNavigationAndFootersAreNotRead()
    {
        var text = ReadableText.Of(File.ReadAllText(Fixture("article.html")), SourceFormat.Html).Text;
        Assert.That(text, Does.Not.Contain("1999").And.Not.Contain("Home").And.Not.Contain("cookies"));
        Assert.That(text, Does.StartWith("What is ketamine?\n"));
    }

    [Test]
    [TestCase("<p>Tom &amp; Jerry wrote that the FDA approved ketamine in 1970 as an anesthetic.</p>", "a.html")]
    [TestCase("<p>Tom &#38; Jerry wrote that the FDA approved ketamine in 1970 as an anesthetic.</p>", "a.html")]
    [TestCase("<p>R&amp;D &lt;notes&gt; say that the FDA approved ketamine in 1970 as an anesthetic.</p>", "a.html")]
    [TestCase("Tom &amp; Jerry wrote that the FDA approved ketamine in 1970 as an anesthetic.\n", "a.md")]
    public void AReferenceThatStandsForAnAmpersandKeepsThePlacesAfterIt(string text, string name)
    {
        var approval = Repository.Checker.Extract(SourceDocument.FromText(name, text)).Single(a => a.Predicate == "approval");
        var start = text.IndexOf("the FDA", StringComparison.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(approval.Location.Offset, Is.EqualTo(start));
            Assert.That(approval.Location.Column, Is.EqualTo(start + 1));
            Assert.That(approval.Location.Offset + approval.Location.Length, Is.EqualTo(text.IndexOf("anesthetic", StringComparison.Ordinal) + "anesthetic".Length));
        });
    }

    [Test]
    public void ALiteralAmpersandBeforeAReferenceStandsForItselfOnly()
    {
        // "& B &amp; C;" is no reference: a reference's name has no spaces, though HtmlDecode reads the one inside it.
        const string html = "<p>A & B &amp; C; the FDA approved ketamine in 1970.</p>";
        var readable = ReadableText.Of(html, SourceFormat.Html);
        for (var i = 0; i < readable.Text.Length; i++)
        {
            if (char.IsLetterOrDigit(readable.Text[i]))
            {
                Assert.That(html[readable.OriginalOffset(i)], Is.EqualTo(readable.Text[i]), $"character {i} '{readable.Text[i]}'");
            }
        }
    }

    [Test]
    public void ThePageTitleIsTheSourceTitle() =>
        Assert.That(SourceDocument.FromFile(Fixture("article.html")).Title, Is.EqualTo("What is ketamine?"));

    [Test]
    public void EachReadableCharacterMapsToTheSameCharacterInTheOriginal()
    {
        foreach (var (file, format) in new[] { ("article.md", SourceFormat.Markdown), ("article.html", SourceFormat.Html) })
        {
            var original = File.ReadAllText(Fixture(file));
            var readable = ReadableText.Of(original, format);
            for (var i = 0; i < readable.Text.Length; i++)
            {
                var c = readable.Text[i];
                if (char.IsLetterOrDigit(c))
                {
                    Assert.That(original[readable.OriginalOffset(i)], Is.EqualTo(c), $"{file}: character {i} '{c}'");
                }
            }
        }
    }

    [Test]
    public void SoftHyphensAndZeroWidthSpacesDoNotBreakWords()
    {
        var assertion = Repository.Checker.Extract(SourceDocument.FromText("a.txt", "Ket\u00ADamine is a Schedule\u200B III controlled substance.")).Single();
        Assert.Multiple(() =>
        {
            Assert.That((assertion.Subject, assertion.Value!.Normalized), Is.EqualTo(("ketamine", "III")));
            // The claim spans the name, the trigger and the class, soft hyphen and zero-width space included.
            Assert.That((assertion.Location.Offset, assertion.Location.Length), Is.EqualTo((0, "Ket\u00ADamine is a Schedule\u200B III".Length)));
        });
    }

    [Test]
    public void WindowsLineEndingsGiveTheSameAssertions()
    {
        var text = File.ReadAllText(Fixture("article.txt"));
        var crlf = Repository.Checker.Extract(SourceDocument.FromText("a.txt", text.ReplaceLineEndings("\r\n")));
        Assert.That(Claims(crlf), Is.EqualTo(Claims(Repository.Checker.Extract(SourceDocument.FromText("a.txt", text)))));
    }

    [Test]
    public void MarkdownAndHtmlArticlesAreReadFromFolders()
    {
        var (sources, _) = Contradictions.Cli.Inputs.Read([Path.GetDirectoryName(Fixture("article.txt"))!]);
        Assert.That(sources.Select(s => (s.Id, s.Format)), Is.EquivalentTo(new[]
        {
            ("article.txt", SourceFormat.PlainText),
            ("article.md", SourceFormat.Markdown),
            ("article.html", SourceFormat.Html),
        }));
    }
}
