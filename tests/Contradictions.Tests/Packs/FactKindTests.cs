using Contradictions.Packs;

namespace Contradictions.Tests.Packs;

/// <summary>A reference fact names the kind of authority it cites, from a closed list, and may list further sources.</summary>
public class FactKindTests
{
    private const string Pack = "name: p\nlanguage:\n  months: [January, February, March, April, May, June, July, August, September, October, November, December]\n";
    private const string Predicates = "predicates:\n  - id: approval\n    statement: \"{subject} was approved\"\n";
    private const string Entities = "entities:\n  - id: drug\n    name: the drug\n    aliases: [drug]\n";

    private static RulePack Load(string fact) =>
        RulePackLoader.Load([("p/pack.yaml", Pack), ("p/predicates.yaml", Predicates), ("p/entities.yaml", Entities), ("p/facts.yaml", "facts:\n" + fact)]);

    private static PackDiagnostic LoadFails(string fact) =>
        Assert.Throws<RulePackException>(() => Load(fact))!.Diagnostics[0];

    private static string Fact(string keys) =>
        "  - id: f\n    statement: s\n" + keys + "    claims:\n      - {subject: drug, predicate: approval}\n";

    [Test]
    public void AFactReadsItsKindAndItsFurtherSources()
    {
        var fact = Load(Fact("    kind: federal-register\n    source: https://example.org/rule\n    also: [https://example.org/copy]\n")).Facts.Single();
        Assert.That((fact.Kind, fact.Url, fact.Also.Single()), Is.EqualTo((FactKind.FederalRegister, "https://example.org/rule", "https://example.org/copy")));
    }

    [Test]
    public void AFactWithoutAKindIsAnError()
    {
        var diagnostic = LoadFails(Fact("    source: https://example.org\n"));
        Assert.That(diagnostic.ToString(), Does.StartWith("CTR101 p/facts.yaml:2:5: missing 'kind'"));
    }

    [Test]
    public void AnUnknownKindListsTheKnownOnes()
    {
        var diagnostic = LoadFails(Fact("    kind: blog\n    source: https://example.org\n"));
        Assert.That(diagnostic.ToString(), Is.EqualTo("CTR102 p/facts.yaml:2:5: fact 'f' has unknown kind 'blog' (use one of: label, regulator, federal-register, who, peer-reviewed, secondary)"));
    }

    [Test]
    public void ASourcesListIsAnUnknownKey()
    {
        var diagnostic = LoadFails(Fact("    kind: label\n    sources: [https://example.org]\n"));
        Assert.That((diagnostic.Code, diagnostic.Line, diagnostic.Column), Is.EqualTo(("CTR100", 5, 5)));
    }

    /// <summary>The complaint: a clinic page, a blog or a fact site must not pass for an authority.</summary>
    [Test]
    public void EveryDefaultFactFirstCitingAWeakSiteIsMarkedSecondary()
    {
        string[] weak = ["perceptionns.com", "factsnippet.com", "erowid.org", "maestrodatabase.com", "scienceinsights.org", "zendy.io", "vikdr.com", "medlibrary.org"];
        var passing = RulePackLoader.LoadDefault().Facts
            .Where(f => f.Kind != FactKind.Secondary && weak.Any(site => new Uri(f.Url).Host.EndsWith(site, StringComparison.Ordinal)))
            .Select(f => f.Id);
        Assert.That(passing, Is.Empty);
    }

    [Test]
    public void TheDefaultPackKeepsPrimaryFactsForTheDecidingAuthorities()
    {
        var kinds = RulePackLoader.LoadDefault().Facts.ToDictionary(f => f.Id, f => f.Kind);
        Assert.Multiple(() =>
        {
            Assert.That(kinds["dea-schedule"], Is.EqualTo(FactKind.FederalRegister));
            Assert.That(kinds["enantiomers"], Is.EqualTo(FactKind.Label));
            Assert.That(kinds["spravato-approval"], Is.EqualTo(FactKind.Regulator));
            Assert.That(kinds["who-eml"], Is.EqualTo(FactKind.Who));
            Assert.That(kinds["ketanest-s"], Is.EqualTo(FactKind.Secondary));
        });
    }
}
