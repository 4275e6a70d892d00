using Contradictions.Packs;

namespace Contradictions.Tests.Packs;

public class RulePackLoaderTests
{
    private const string Predicates = "predicates:\n  - id: approval\n    statement: \"{subject} was approved\"\n";

    private static PackDiagnostic LoadFails(params (string Path, string Text)[] files)
    {
        var error = Assert.Throws<RulePackException>(() => RulePackLoader.Load(files.Prepend(("p/pack.yaml", MinimalLanguage)).ToList()))!;
        Assert.That(error.Diagnostics, Is.Not.Empty);
        return error.Diagnostics[0];
    }

    private const string MinimalLanguage = "name: p\nlanguage:\n  months: [January, February, March, April, May, June, July, August, September, October, November, December]\n";

    [Test]
    public void TheDefaultPackLoads()
    {
        var pack = RulePackLoader.LoadDefault();
        Assert.Multiple(() =>
        {
            Assert.That(pack.Name, Is.EqualTo("ketamine"));
            Assert.That(pack.RuleIds, Does.Contain("approval-attribution").And.Contain("respiratory-depression"));
            Assert.That(pack.Facts.Select(f => f.Url), Has.All.StartWith("http"));
        });
    }

    [Test]
    public void TheRulesFolderOnDiskIsTheEmbeddedPack() =>
        Assert.That(RulePackLoader.LoadDirectory(Support.Repository.Rules).RuleIds, Is.EqualTo(RulePackLoader.LoadDefault().RuleIds));

    [Test]
    public void MalformedYamlNamesFileLineAndColumn()
    {
        var diagnostic = LoadFails(("p/entities.yaml", "entities:\n  - id: a\n    aliases: [x\n"));
        Assert.That((diagnostic.Code, diagnostic.File, diagnostic.Line), Is.EqualTo(("CTR100", "p/entities.yaml", 4)));
    }

    [Test]
    public void AnUnknownKeyIsAnError()
    {
        var diagnostic = LoadFails(("p/entities.yaml", "entities:\n  - id: a\n    alias: [x]\n"));
        Assert.That((diagnostic.Code, diagnostic.Line, diagnostic.Column), Is.EqualTo(("CTR100", 3, 5)));
    }

    [Test]
    public void AnUnknownRuleKindListsTheKnownOnes()
    {
        var diagnostic = LoadFails(("p/predicates.yaml", Predicates), ("p/conflicts/nmda.yaml", "kind: exclusive-valeus\npredicate: approval\n"));
        Assert.That(diagnostic.ToString(), Is.EqualTo("CTR201 p/conflicts/nmda.yaml:1:1: unknown kind 'exclusive-valeus' (expected one of: exclusive-values, polarity, attribution, order)"));
    }

    private const string DatedPredicates = "predicates:\n  - id: made\n    statement: \"{subject} was made {date}\"\n  - id: tried\n    statement: \"{subject} was tried {date}\"\n  - id: sold\n    statement: \"{subject} is sold\"\n";

    [TestCase("kind: order\npredicate: made\n", "CTR101 p/conflicts/order.yaml:1:1: missing 'precedes' (add a 'precedes:' key here)")]
    [TestCase("kind: order\npredicate: made\nprecedes: triedd\n", "CTR202 p/conflicts/order.yaml:1:1: rule 'order' names unknown predicate 'triedd' under precedes (use one of: made, sold, tried)")]
    [TestCase("kind: order\npredicate: made\nprecedes: sold\n", "CTR102 p/conflicts/order.yaml:1:1: rule 'order' orders 'made' before 'sold' (an order rule needs two different predicates whose statements have a {date})")]
    [TestCase("kind: exclusive-values\npredicate: made\ntolerance-years: -1\n", "CTR102 p/conflicts/order.yaml:1:1: rule 'order' has tolerance-years -1 (use a whole number of years from 0 to 100)")]
    [TestCase("kind: exclusive-values\npredicate: made\ncompare: date\nidentify-by: [date]\n", "CTR102 p/conflicts/order.yaml:1:1: rule 'order' has identify-by, which only attribution rules read (remove 'identify-by', or make the rule 'kind: attribution')")]
    public void AnOrderRuleNeedsASecondDatedPredicate(string rule, string expected)
    {
        var diagnostic = LoadFails(("p/predicates.yaml", DatedPredicates), ("p/conflicts/order.yaml", rule));
        Assert.That(diagnostic.ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void AnArgumentsUnknownPreferIsNamedInItsFramesFile()
    {
        var frames = "predicate: approval\nframes:\n  - id: approved\n    trigger: [approve]\n    subject: {before: 4, prefer: sideways}\n";
        var diagnostic = LoadFails(("p/predicates.yaml", Predicates), ("p/claims/approval.yaml", frames));
        Assert.That((diagnostic.Code, diagnostic.File, diagnostic.Line), Is.EqualTo(("CTR102", "p/claims/approval.yaml", 5)));
    }

    [TestCase("1975-1955")]
    [TestCase("the sixties")]
    [TestCase("1955-1965-1975")]
    public void ANamedPeriodThatIsNotYearsIsAnError(string years)
    {
        var language = MinimalLanguage + $"  named-periods:\n    Vietnam War: {years}\n";
        var diagnostic = LoadFails(("p/pack.yaml", language));
        Assert.That(diagnostic.ToString(), Is.EqualTo($"CTR102 p/pack.yaml:3:3: named period 'Vietnam War' spans '{years}' (give the years it spans as 1955-1975, or one year as 1918)"));
    }

    [Test]
    public void AFactorWordOfZeroIsNamedInItsOwnFile()
    {
        var language = MinimalLanguage.Replace("name: p\n", string.Empty, StringComparison.Ordinal) + "  factors:\n    words: {none: 0}\n";
        var diagnostic = LoadFails(("p/english.yaml", language));
        Assert.That((diagnostic.Code, diagnostic.File, diagnostic.Line), Is.EqualTo(("CTR102", "p/english.yaml", 4)));
    }

    [Test]
    public void APatternForAnUnknownPredicateIsAnError()
    {
        var diagnostic = LoadFails(("p/predicates.yaml", Predicates), ("p/claims/x.yaml", "predicate: aproval\npatterns:\n  - id: p\n    match: \"{subject} was approved\"\n"));
        Assert.That((diagnostic.Code, diagnostic.Line, diagnostic.Column), Is.EqualTo(("CTR202", 3, 5)));
    }

    [Test]
    public void AnInvalidRegularExpressionIsAnError()
    {
        var diagnostic = LoadFails(("p/predicates.yaml", Predicates), ("p/claims/x.yaml", "predicate: approval\npatterns:\n  - id: p\n    match: \"{subject} (was approved\"\n"));
        Assert.That(diagnostic.Code, Is.EqualTo("CTR205"));
    }

    [Test]
    public void ADuplicateEntityIdPointsAtTheFirstDefinition()
    {
        var diagnostic = LoadFails(("p/entities.yaml", "entities:\n  - id: a\n  - id: a\n"));
        Assert.That(diagnostic.ToString(), Does.StartWith("CTR200 p/entities.yaml:3:5: duplicate entity id 'a'").And.Contain("p/entities.yaml:2"));
    }

    [Test]
    public void AFactMustNameKnownEntities()
    {
        var diagnostic = LoadFails(("p/predicates.yaml", Predicates), ("p/facts.yaml", "facts:\n  - id: f\n    statement: s\n    kind: label\n    source: https://example.org\n    claims:\n      - subject: nobody\n        predicate: approval\n"));
        Assert.That(diagnostic.Code, Is.EqualTo("CTR203"));
    }
}
