using Contradictions.Packs;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Packs;

/// <summary>Patterns as the loader compiles them: a slot that reads one value may stand in a pattern only once.</summary>
public class PatternCompilerTests
{
    private static PackDiagnostic LoadFails(string predicate, string match)
    {
        using var pack = new PackCopy().With("claims/twice.yaml", $"predicate: {predicate}\npatterns:\n  - id: twice\n    match: \"{match}\"\n");
        var error = Assert.Throws<RulePackException>(() => RulePackLoader.LoadDirectory(pack.Directory))!;
        return error.Diagnostics.Single();
    }

    [TestCase("approval", @"(?:In {date},? )?{subject} was approved(?: in {date})?", "{date}", 7, 47)]
    [TestCase("approval", @"{subject} was approved, and {subject} was sold", "{subject}", 1, 29)]
    [TestCase("nmda-action", @"{subject} is an NMDA {value} or {value}", "{value}", 22, 33)]
    [TestCase("identity", @"{subject} is {object} or {object}", "{object}", 14, 26)]
    [TestCase("approval", @"{subject} was approved for {indication} and {indication}", "{indication}", 28, 45)]
    [TestCase("approval", @"{subject} was approved for {indication} and {indication*}", "{indication*}", 28, 45)]
    public void ASlotThatReadsOneValueIsRefusedWhenItStandsTwice(string predicate, string match, string slot, int first, int second)
    {
        var diagnostic = LoadFails(predicate, match);
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Code, Is.EqualTo("CTR205"));
            Assert.That(diagnostic.ToString(), Does.Contain($"claims/twice.yaml:3:5: pattern 'twice': slot '{slot}' stands twice, at characters {first} and {second}"));
            Assert.That(diagnostic.Message, Does.Contain("write one pattern for each place it can stand"));
            Assert.That(diagnostic.Hint, Is.Not.Empty);
        });
    }

    [Test]
    public void GapsMayStandAnyNumberOfTimes()
    {
        using var pack = new PackCopy().With("claims/gaps.yaml", "predicate: approval\npatterns:\n  - id: gaps\n    match: \"{subject} {...} was {...} approved {...} in {date}\"\n");
        Assert.That(RulePackLoader.LoadDirectory(pack.Directory).Patterns.Select(p => p.Id), Does.Contain("gaps"));
    }
}
