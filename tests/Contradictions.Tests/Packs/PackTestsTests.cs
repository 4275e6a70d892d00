using Contradictions.Cli.Commands;
using Contradictions.Packs;
using Contradictions.Packs.Testing;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Packs;

/// <summary>The default pack's own YAML test cases, and the runner that checks them.</summary>
public class PackTestsTests
{
    private static readonly Lazy<IReadOnlyList<PackTestResult>> DefaultResults = new(() => PackTests.Run(RulePackLoader.LoadDefault()));

    [Test]
    public void EveryRuleCaseOfTheDefaultPackPasses()
    {
        var failures = DefaultResults.Value.Where(r => r.Family is null && !r.Passed).Select(r => $"{r.File}:{r.Line} {r.Name}: {r.Message}").ToList();
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void TheDefaultPacksReadingCasesRun()
    {
        // Graded, not strict: the table shows how far extraction is; a floor on the rate comes with the new extractor.
        var reading = DefaultResults.Value.Where(r => r.Family is not null).ToList();
        TestPackCommand.WriteReadingTable(reading, TestContext.Out);
        Assert.That(reading, Has.Count.GreaterThan(200));
    }

    [Test]
    public void EveryDefaultRuleHasACaseThatFiresItAndOneThatMustNot()
    {
        Assert.That(DefaultResults.Value.Where(r => r.Rule is not null).Select(r => r.Rule).Distinct(), Is.EquivalentTo(RulePackLoader.LoadDefault().RuleIds));
    }

    [Test]
    public void ACaseWhoseRuleDoesNotFireFails()
    {
        using var pack = new PackCopy().Without("tests/reading").With("tests/nmda-action.yaml", "rule: nmda-action\ncases:\n  - name: wrong\n    articles: [\"Ketamine is an antagonist of NMDA receptors.\"]\n    expect: finding\n  - name: right\n    articles: [\"Ketamine is an antagonist of NMDA receptors.\"]\n    expect: no-finding\n");
        var failed = PackTests.Run(RulePackLoader.LoadDirectory(pack.Directory)).Where(r => !r.Passed).ToList();
        Assert.That(failed.Select(r => (r.Name, r.Line)), Is.EqualTo(new[] { ("wrong", 3) }));
        Assert.That(failed[0].Message, Does.StartWith("expected a 'nmda-action' finding, got none; assertions read: nmda-action(ketamine, antagonist"));
    }

    [Test]
    public void ARuleWithoutANegativeCaseFails()
    {
        using var pack = new PackCopy().Without("tests/reading").With("tests/nmda-action.yaml", "rule: nmda-action\ncases:\n  - name: fires\n    articles: [\"Ketamine is a selective agonist of the NMDA receptor.\"]\n    expect: finding\n");
        var failed = PackTests.Run(RulePackLoader.LoadDirectory(pack.Directory)).Where(r => !r.Passed).ToList();
        Assert.That(failed.Select(r => r.Name), Is.EqualTo(new[] { "nmda-action has a case that must not fire (expect: no-finding)" }));
    }

    [Test]
    public void AMalformedTestFileNamesItsLine()
    {
        using var pack = new PackCopy().With("tests/bad.yaml", "rule: nmda-action\ncases:\n  - name: x\n    expekt: finding\n");
        var error = Assert.Throws<RulePackException>(() => PackTests.Run(RulePackLoader.LoadDirectory(pack.Directory)))!;
        Assert.That((error.Diagnostics[0].Code, error.Diagnostics[0].Line), Is.EqualTo(("CTR400", 4)));
        Assert.That(error.Diagnostics[0].ToString(), Does.EndWith("tests/bad.yaml:4:5: unknown key 'expekt' (use one of: name, rule, articles, expect, sides, assertions, absent)"));
    }
}
