using Contradictions.Packs;
using Contradictions.Packs.Testing;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Packs;

/// <summary>The default pack's own YAML test cases, and the runner that checks them.</summary>
public class PackTestsTests
{
    [Test]
    public void EveryCaseOfTheDefaultPackPasses()
    {
        var results = PackTests.Run(RulePackLoader.LoadDefault());
        var failures = results.Where(r => !r.Passed).Select(r => $"{r.File}:{r.Line} {r.Name}: {r.Message}").ToList();
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void EveryDefaultRuleHasACaseThatFiresItAndOneThatMustNot()
    {
        var pack = RulePackLoader.LoadDefault();
        var results = PackTests.Run(pack);
        Assert.That(results.Where(r => r.Rule is not null).Select(r => r.Rule).Distinct(), Is.EquivalentTo(pack.RuleIds));
    }

    [Test]
    public void ACaseWhoseRuleDoesNotFireFails()
    {
        using var pack = new PackCopy().With("tests/nmda-action.yaml", "rule: nmda-action\ncases:\n  - name: wrong\n    articles: [\"Ketamine is an antagonist of NMDA receptors.\"]\n    expect: finding\n  - name: right\n    articles: [\"Ketamine is an antagonist of NMDA receptors.\"]\n    expect: no-finding\n");
        var failed = PackTests.Run(RulePackLoader.LoadDirectory(pack.Directory)).Where(r => !r.Passed).ToList();
        Assert.That(failed.Select(r => (r.Name, r.Line)), Is.EqualTo(new[] { ("wrong", 3) }));
        Assert.That(failed[0].Message, Does.StartWith("expected a 'nmda-action' finding, got none; assertions read: nmda-action(ketamine, antagonist"));
    }

    [Test]
    public void ARuleWithoutANegativeCaseFails()
    {
        using var pack = new PackCopy().With("tests/nmda-action.yaml", "rule: nmda-action\ncases:\n  - name: fires\n    articles: [\"Ketamine is a selective agonist of the NMDA receptor.\"]\n    expect: finding\n");
        var failed = PackTests.Run(RulePackLoader.LoadDirectory(pack.Directory)).Where(r => !r.Passed).ToList();
        Assert.That(failed.Select(r => r.Name), Is.EqualTo(new[] { "nmda-action has a case that must not fire (expect: no-finding)" }));
    }

    [Test]
    public void AMalformedTestFileNamesItsLine()
    {
        using var pack = new PackCopy().With("tests/bad.yaml", "rule: nmda-action\ncases:\n  - name: x\n    expekt: finding\n");
        var error = Assert.Throws<RulePackException>(() => PackTests.Run(RulePackLoader.LoadDirectory(pack.Directory)))!;
        Assert.That((error.Diagnostics[0].Code, error.Diagnostics[0].Line), Is.EqualTo(("CTR400", 4)));
    }
}
