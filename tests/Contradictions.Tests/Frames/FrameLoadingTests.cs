using Contradictions.Packs;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Frames;

/// <summary>Frames and lexicons load as every other pack section does: positions on errors, later layers replacing earlier ones.</summary>
public class FrameLoadingTests
{
    private const string Frame = "predicate: approval\nframes:\n  - id: cleared\n    trigger: [\"@clear\"]\n";

    [Test]
    public void ATriggerNamingAnUnknownLexiconIsRefusedWhereItStands()
    {
        using var pack = new PackCopy().With("claims/cleared.yaml", Frame);
        var error = Assert.Throws<RulePackException>(() => RulePackLoader.LoadDirectory(pack.Directory))!;
        Assert.That(error.Diagnostics.Single().ToString(), Does.StartWith($"CTR207 {Path.GetFileName(pack.Directory)}/claims/cleared.yaml:3:5: frame 'cleared': trigger names unknown lexicon '@clear'"));
    }

    [Test]
    public void AValuesTriggerNeedsAPredicateWithEnumValues()
    {
        // approval has no values; dosage-form has.
        using var pack = new PackCopy()
            .With("claims/cleared.yaml", "predicate: approval\nframes:\n  - id: cleared\n    trigger: [\"@values\"]\n")
            .With("claims/forms.yaml", "predicate: dosage-form\nframes:\n  - id: form-named\n    trigger: [\"@values\"]\n");
        var error = Assert.Throws<RulePackException>(() => RulePackLoader.LoadDirectory(pack.Directory))!;
        Assert.That(error.Diagnostics.Select(d => d.Message), Is.EqualTo(new[] { "frame 'cleared': trigger '@values' needs a predicate with enum values, and 'approval' has none" }));
    }

    [Test]
    public void AnObjectKindNoEntityHasIsRefused()
    {
        using var pack = new PackCopy().With("claims/same.yaml", "predicate: identity\nframes:\n  - id: same\n    trigger: [\"@values\"]\n    object: {after: 3, kinds: [planet]}\n");
        var error = Assert.Throws<RulePackException>(() => RulePackLoader.LoadDirectory(pack.Directory))!;
        Assert.That(error.Diagnostics.Single().Message, Does.StartWith("frame 'same': object kind 'planet' is no entity's kind"));
    }

    [Test]
    public void ALexiconTwiceInOnePackIsADuplicate()
    {
        using var pack = new PackCopy()
            .With("claims/a.yaml", "lexicons:\n  clear: [clear]\n")
            .With("claims/cleared.yaml", "lexicons:\n  clear: [cleared]\n" + Frame);
        var error = Assert.Throws<RulePackException>(() => RulePackLoader.LoadDirectory(pack.Directory))!;
        Assert.That(error.Diagnostics.Select(d => (d.Code, d.Message)), Has.One.EqualTo(("CTR200", "duplicate lexicon id 'clear'")));
    }

    [Test]
    public void ALaterLayerReplacesALexiconOfAnEarlierOne()
    {
        using var first = new PackCopy().With("claims/cleared.yaml", "lexicons:\n  clear: [clear]\n" + Frame);
        var second = Path.Combine(Path.GetTempPath(), "contradictions-layer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(second);
        try
        {
            File.WriteAllText(Path.Combine(second, "words.yaml"), "lexicons:\n  clear: [clear, cleared]\n");
            var pack = RulePackLoader.LoadLayers([first.Directory, second]);
            Assert.That(pack.Lexicons["clear"], Is.EqualTo(new[] { "clear", "cleared" }));
        }
        finally
        {
            Directory.Delete(second, recursive: true);
        }
    }

    /// <summary>A value that names none ("is not a controlled substance") is only for predicates that have values, and stands alone.</summary>
    [TestCase("predicate: approval\nframes:\n  - id: unapproved\n    trigger: [withdraw]\n    value: {any: true}\n")]
    [TestCase("predicate: scheduling\nframes:\n  - id: unlisted\n    trigger: [unlist]\n    value: {any: true, after: 3}\n")]
    [TestCase("predicate: scheduling\nframes:\n  - id: unlisted\n    trigger: [unlist]\n    subject: {any: true}\n    value: {after: 3}\n")]
    public void AnyValueIsRefusedWhereItCannotApply(string frame)
    {
        using var pack = new PackCopy().With("claims/any.yaml", frame);
        var error = Assert.Throws<RulePackException>(() => RulePackLoader.LoadDirectory(pack.Directory))!;
        Assert.That(error.Diagnostics.Select(d => (d.Code, d.Message)), Has.One.Matches<(string Code, string Message)>(d => d.Code == "CTR207" && d.Message.Contains("any")));
    }
}
