using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Generality;

/// <summary>
/// A second pack, for naloxone, kept under tests: on the default pack's English and drug-regulation layers, with
/// only its entities, a fact and one family of its own, the same engine reads its approvals (by the FDA, over the
/// counter) from plain text, Markdown and HTML, and finds where the three short articles disagree.
/// </summary>
public class NaloxonePackTests
{
    private static readonly string Here = Path.Combine(Repository.Root, "tests", "Contradictions.Tests", "Generality");

    public static ContradictionChecker Checker { get; } = new ContradictionCheckerBuilder()
        .UsePacks(["default/english", "default/drug-regulation", Path.Combine(Here, "NaloxonePack")])
        .Build();

    private static IReadOnlyList<SourceDocument> Articles() =>
        Directory.GetFiles(Path.Combine(Here, "Articles")).Order(StringComparer.Ordinal).Select(SourceDocument.FromFile).ToList();

    private static IEnumerable<string> Read(string file) =>
        Checker.Extract(SourceDocument.FromFile(Path.Combine(Here, "Articles", file))).Select(a =>
            $"{a.Location.Line}: {a.Subject}{(a.SubjectInferred ? " (inferred)" : string.Empty)} {a.Predicate}"
            + (a.Value is null ? string.Empty : $" {a.Value.Normalized}")
            + (a.Date is null ? string.Empty : $" {a.Date}")
            + string.Concat(a.Qualifiers.Select(q => $" {q.Name}={q.Value}")));

    [Test]
    public void ThePlainTextHistoryGivesEachApprovalAndWhatTheProductContains() =>
        Assert.That(Read("history.txt"), Is.EqualTo(new[]
        {
            "3: naloxone approval 1971 authority=fda",
            "3: naloxone opioid-action antagonist",
            "5: narcan approval 2015 authority=fda",
            "5: narcan active-ingredient naloxone",
            "5: narcan (inferred) approval 2023-03 sale=over-the-counter",
        }));

    [Test]
    public void TheMarkdownArticleIsReadWithoutItsMarkup() =>
        Assert.That(Read("pharmacy.md"), Is.EqualTo(new[]
        {
            "3: narcan approval sale=prescription",
            "4: naloxone opioid-action agonist",
        }));

    [Test]
    public void TheHtmlArticleIsReadWithoutScriptsNavigationOrFooter() =>
        Assert.That(Read("news.html"), Is.EqualTo(new[]
        {
            "6: narcan approval sale=over-the-counter",
            "7: narcan approval 2023-03 authority=fda sale=over-the-counter",
            "8: narcan (inferred) in-use-since",
        }));

    [Test]
    public void TheArticlesDisagreeOnTheSaleStatusAndTheMechanism()
    {
        var report = Checker.Check(Articles());
        Assert.Multiple(() =>
        {
            Assert.That(report.Findings.Select(f => f.Rule), Is.EquivalentTo(new[] { "sale-status", "opioid-action" }));
            Assert.That(report.Findings.Single(f => f.Rule == "sale-status").Evidence.Select(e => e.Source), Does.Contain("pharmacy.md").And.Contain("news.html"));
            Assert.That(report.Corroborations.Select(c => c.Statement), Has.Some.Contains("Narcan was approved by the FDA for sale over the counter"));
        });
    }
}
