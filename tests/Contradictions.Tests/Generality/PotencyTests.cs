using Contradictions.Reporting;
using Contradictions.Rules;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Generality;

/// <summary>
/// Comparisons of potency on three small articles of their own, with the default pack: the opposite direction is a
/// conflict, factors that do not overlap for the same two things are a milder one, and a comparison with another
/// end (the R-enantiomer instead of the racemate) is never weighed against them.
/// </summary>
public class PotencyTests
{
    private static readonly string Folder = Path.Combine(Repository.Root, "tests", "Contradictions.Tests", "Generality", "PotencyArticles");

    private static readonly Report Report = Repository.Checker.Check(
        Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal).Select(SourceDocument.FromFile).ToList());

    [Test]
    public void LessPotentAgainstMorePotentIsAConflict()
    {
        var finding = Report.Findings.Single(f => f.Rule == "relative-potency");
        Assert.Multiple(() =>
        {
            Assert.That(finding.Evidence.Where(e => e.Side == "weaker").Select(e => e.Source), Is.EqualTo(new[] { "clinic.txt" }));
            Assert.That(finding.Evidence.Where(e => e.Side == "stronger").Select(e => e.Source).Distinct(), Is.EquivalentTo(new[] { "explainer.txt", "review.txt" }));
        });
    }

    [Test]
    public void TwiceAndThreeTimesAsPotentAreAMilderConflict()
    {
        var finding = Report.Findings.Single(f => f.Rule == "relative-potency-factor");
        Assert.Multiple(() =>
        {
            Assert.That(finding.Severity, Is.EqualTo(Severity.Info));
            Assert.That(finding.Evidence.Select(e => (e.Side, e.Source)), Is.EquivalentTo(new[] { ("2\u00D7", "explainer.txt"), ("3\u00D7", "review.txt") }));
        });
    }

    [Test]
    public void AComparisonWithTheOtherEnantiomerIsNeverWeighedAgainstTheRacemate() =>
        Assert.That(Report.Findings.SelectMany(f => f.Evidence).Where(e => !e.Reference).Select(e => e.Line), Has.None.EqualTo(5), "review.txt line 5 compares esketamine with arketamine");
}
