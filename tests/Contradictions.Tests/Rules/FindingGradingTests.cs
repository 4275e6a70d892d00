using Contradictions.Claims;
using Contradictions.Packs;
using Contradictions.Rules;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Rules;

/// <summary>
/// A finding that only secondary reference facts decide, or whose contrary side is only hedged, is graded one step
/// lower, and says why.
/// </summary>
public class FindingGradingTests
{
    private const string EarlyUse = "Esketamine has been used widely in hospitals since the 1960s.";

    private static Finding Decided(Severity severity, params FactKind[] kinds) => new(
        "r-1",
        "r",
        severity,
        "topic",
        "message",
        [
            new Evidence("a", "article.txt", 1, 1, "quote", "article.txt#1"),
            .. kinds.Select((kind, i) => new Evidence("b", $"fact-{i}", 1, 1, "statement", $"fact-{i}#1", Reference: true, Url: "https://example.org", Kind: kind)),
        ],
        [])
    {
        ReferenceSupports = "b",
    };

    [Test]
    public void AnErrorOnlyASecondaryFactDecidesBecomesAWarningThatSaysWhy()
    {
        var graded = FindingGrading.Apply([Decided(Severity.Error, FactKind.Secondary)]).Single();
        Assert.That((graded.Severity, graded.GradedLower), Is.EqualTo((Severity.Warning, "warning, not error: only secondary reference facts decide it (fact-0)")));
    }

    [Test]
    public void AWarningOnlySecondaryFactsDecideBecomesInfo() =>
        Assert.That(FindingGrading.Apply([Decided(Severity.Warning, FactKind.Secondary, FactKind.Secondary)]).Single().Severity, Is.EqualTo(Severity.Info));

    [Test]
    public void APrimaryFactBesideASecondaryOneKeepsTheSeverity()
    {
        var graded = FindingGrading.Apply([Decided(Severity.Error, FactKind.Secondary, FactKind.Label)]).Single();
        Assert.That((graded.Severity, graded.GradedLower), Is.EqualTo((Severity.Error, (string?)null)));
    }

    [Test]
    public void InfoIsNotGradedBelowItself() =>
        Assert.That(FindingGrading.Apply([Decided(Severity.Info, FactKind.Secondary)]).Single().GradedLower, Is.Null);

    [Test]
    public void AFindingNoReferenceDecidesKeepsItsSeverity()
    {
        var undecided = Decided(Severity.Error, FactKind.Secondary) with { ReferenceSupports = null };
        Assert.That(FindingGrading.Apply([undecided]).Single().Severity, Is.EqualTo(Severity.Error));
    }

    [Test]
    public void TheDefaultPacksSecondaryFactGradesItsFindingLower()
    {
        var finding = new ContradictionCheckerBuilder().UseDefaultPack().Build().Check(SourceDocument.FromText("a.txt", EarlyUse)).Findings.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.Rule, Is.EqualTo("in-use-since"));
            Assert.That(finding.Severity, Is.EqualTo(Severity.Info));
            Assert.That(finding.GradedLower, Does.Contain("ketanest-s"));
        });
    }

    [Test]
    public void TheSameFindingKeepsItsSeverityWhenTheFactCitesAPrimarySource()
    {
        var facts = File.ReadAllText(Path.Combine(Repository.Rules, "ketamine", "facts.yaml"));
        var ketanest = facts.IndexOf("id: ketanest-s", StringComparison.Ordinal);
        var kind = facts.IndexOf("kind: secondary", ketanest, StringComparison.Ordinal);
        using var pack = new PackCopy().With("ketamine/facts.yaml", facts[..kind] + "kind: peer-reviewed" + facts[(kind + "kind: secondary".Length)..]);
        var finding = new ContradictionCheckerBuilder().UsePack(pack.Directory).Build().Check(SourceDocument.FromText("a.txt", EarlyUse)).Findings.Single();
        Assert.That((finding.Severity, finding.GradedLower), Is.EqualTo((Severity.Warning, (string?)null)));
    }

    private static Finding HedgedAgainst(Severity severity, FactKind kind, Modality refuted) => Decided(severity, kind) with
    {
        Evidence = [.. Decided(severity, kind).Evidence.Select(e => e.Reference ? e : e with { Modality = refuted })],
    };

    [Test]
    public void AnErrorWhoseRefutedSideIsOnlyHedgedBecomesAWarningThatSaysWhy()
    {
        var graded = FindingGrading.Apply([HedgedAgainst(Severity.Error, FactKind.Label, Modality.May)]).Single();
        Assert.That((graded.Severity, graded.GradedLower), Is.EqualTo((Severity.Warning, "warning, not error: the side the reference refutes (\u201Ca\u201D) is only hedged, not stated as fact")));
    }

    [Test]
    public void ACapabilityOnTheRefutedSideKeepsTheSeverity() =>
        Assert.That(FindingGrading.Apply([HedgedAgainst(Severity.Error, FactKind.Label, Modality.Can)]).Single().Severity, Is.EqualTo(Severity.Error));

    [Test]
    public void TwoReasonsLowerItOneStepAndAreBothNamed()
    {
        var graded = FindingGrading.Apply([HedgedAgainst(Severity.Error, FactKind.Secondary, Modality.May)]).Single();
        Assert.That((graded.Severity, graded.GradedLower), Is.EqualTo((Severity.Warning, "warning, not error: only secondary reference facts decide it (fact-0); the side the reference refutes (\u201Ca\u201D) is only hedged, not stated as fact")));
    }

    [Test]
    public void WithoutAReferenceAnOnlyHedgedSideLowersIt()
    {
        var undecided = HedgedAgainst(Severity.Warning, FactKind.Label, Modality.May) with { ReferenceSupports = null };
        var graded = FindingGrading.Apply([undecided]).Single();
        Assert.That((graded.Severity, graded.GradedLower), Is.EqualTo((Severity.Info, "info, not warning: one side (\u201Ca\u201D) is only hedged, not stated as fact")));
    }

    [Test]
    public void AReferenceFactIsNeverAnOnlyHedgedSide()
    {
        var finding = Decided(Severity.Error, FactKind.Label) with { ReferenceSupports = null };
        finding = finding with { Evidence = [.. finding.Evidence.Select(e => e.Reference ? e with { Modality = Modality.May } : e)] };
        Assert.That(FindingGrading.Apply([finding]).Single().Severity, Is.EqualTo(Severity.Error));
    }
}
