using Contradictions.Packs;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Claims;

public class ClaimExtractorTests
{
    private static IReadOnlyList<Contradictions.Claims.Assertion> Extract(string text) =>
        Repository.Checker.Extract(SourceDocument.FromText("a.txt", text));

    [Test]
    public void ItResolvesToTheEntityNamedBeforeAndSaysItWasInferred()
    {
        var assertion = Extract("Ketamine is an anesthetic. It was approved by the FDA in 1970.").Single();
        Assert.That((assertion.Subject, assertion.SubjectText, assertion.SubjectInferred), Is.EqualTo(("ketamine", "It", true)));
    }

    [Test]
    public void AVagueMentionIsNotAClaimAboutTheEntity() =>
        Assert.That(Extract("In 2019, a form of ketamine was approved for the treatment of depression."), Is.Empty);

    [Test]
    public void OneClaimPerListedUse() =>
        Assert.That(
            Extract("The Food and Drug Administration has approved ketamine for both anesthesia and pain control.").Select(a => a.QualifierValue("indication")),
            Is.EqualTo(new[] { "anesthesia", "pain" }));

    [Test]
    public void LowerCaseScheduleNamesAreRead() =>
        Assert.That(Extract("Ketamine is a schedule ciii controlled substance.").Single().Value!.Normalized, Is.EqualTo("III"));

    [Test]
    public void ABulletWithTwoSentencesDoesNotEndTheList()
    {
        var assertions = Extract("Possible side effects of ketamine include:\n\u2022 Nausea. It passes.\n\u2022 Respiratory arrest\n");
        Assert.That(assertions.Select(a => (a.Predicate, a.Location.Line, a.SubjectInferred)), Is.EqualTo(new[] { ("respiratory-depression", 3, true) }));
    }

    [Test]
    public void ASlowPatternLosesOnlyItsSentenceAndIsReported()
    {
        // Overlapping repetitions in a row: slow on a long word, yet with no nested repetition for the loader to refuse.
        using var pack = new PackCopy().With("claims/slow.yaml", "predicate: discovery\npatterns:\n  - id: slow\n    match: \"{subject} " + string.Concat(Enumerable.Repeat("\\\\w*a*", 5)) + "b\"\n");
        var checker = new ContradictionCheckerBuilder().UsePack(pack.Directory).Build();
        var report = checker.Check(SourceDocument.FromText("a.txt", "Ketamine " + new string('a', 48) + "! Ketamine was discovered in 1962."));
        Assert.Multiple(() =>
        {
            Assert.That(report.Notes.Select(n => n.Message), Has.One.Contains("pattern 'slow' took longer than"));
            Assert.That(report.Assertions.Select(a => a.Predicate), Does.Contain("discovery"));
        });
    }

    [Test]
    public void APatternWithoutASubjectIsRefused()
    {
        using var pack = new PackCopy().With("claims/no-subject.yaml", "predicate: discovery\npatterns:\n  - id: lost\n    match: \"discovered in {date}\"\n");
        var error = Assert.Throws<RulePackException>(() => RulePackLoader.LoadDirectory(pack.Directory))!;
        Assert.That(error.Diagnostics.Single().ToString(), Does.Contain("claims/no-subject.yaml:3:5: pattern 'lost' has no {subject} slot"));
    }

    [Test]
    public void ANameRunningOverASentenceEndIsNotAMention()
    {
        // Read alone, neither sentence names esketamine, so "it" is ketamine, named before.
        using var pack = new PackCopy();
        var entities = File.ReadAllText(Path.Combine(pack.Directory, "ketamine", "entities.yaml"));
        pack.With("ketamine/entities.yaml", entities.Replace("aliases: [S-ketamine,", "aliases: [\"ket. Plus\", S-ketamine,", StringComparison.Ordinal));
        var checker = new ContradictionCheckerBuilder().UsePack(pack.Directory).Build();
        var assertion = checker.Extract(SourceDocument.FromText("a.txt", "Ketamine is sold as ket. Plus it was approved by the FDA in 1970.")).Single();
        Assert.That((assertion.Subject, assertion.SubjectInferred), Is.EqualTo(("ketamine", true)));
    }

    [Test]
    public void ATextThatNamesNoEntityHasNoClaimsEvenWithItAndApproved() =>
        Assert.That(Extract("The trial ended.\nIt was approved by the FDA in 1970 for anesthesia."), Is.Empty);
}
