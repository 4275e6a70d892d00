using Contradictions.Packs;
using Contradictions.Packs.Testing;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Packs;

/// <summary>Reading cases (<c>family:</c> files): paraphrase tests that say which assertions must and must not be read.</summary>
public class ReadingCasesTests
{
    private const string Approval = "Esketamine was developed by Janssen. It was approved in the U.S. in 2019 to treat treatment-resistant depression.";

    private const string Potency = "Esketamine is about two times more potent than racemic ketamine.";

    /// <summary>Runs one test file in a copy of the default pack without its own tests, and returns its cases' results.</summary>
    private static List<PackTestResult> Run(string path, string yaml)
    {
        using var pack = new PackCopy().Without("tests").With(path, yaml);
        return PackTests.Run(RulePackLoader.LoadDirectory(pack.Directory)).Where(r => r.File.EndsWith(path, StringComparison.Ordinal)).ToList();
    }

    private static RulePackException Malformed(string yaml)
    {
        using var pack = new PackCopy().Without("tests").With("tests/reading/bad.yaml", yaml);
        return Assert.Throws<RulePackException>(() => PackTests.Run(RulePackLoader.LoadDirectory(pack.Directory)))!;
    }

    private static string Case(string name, string article, string list, string entry) =>
        $"  - name: {name}\n    articles: [\"{article}\"]\n    {list}:\n      - {entry}\n";

    [Test]
    public void AnEntryMatchesOnlyAnAssertionThatHasEveryKeyItGives()
    {
        var results = Run("tests/reading/approval.yaml", "family: approval\ncases:\n"
            + Case("every key", Approval, "assertions", "{predicate: approval, subject: esketamine, inferred: true, date: \"2019\", polarity: affirmed, modality: states}")
            + Case("the predicate alone", Approval, "assertions", "{predicate: approval}")
            + Case("named, not inferred", Approval, "assertions", "{predicate: approval, inferred: false}")
            + Case("another subject", Approval, "assertions", "{predicate: approval, subject: ketamine}")
            + Case("another month", Approval, "assertions", "{predicate: approval, date: \"2019-03\"}")
            + Case("denied", Approval, "assertions", "{predicate: approval, polarity: negated}")
            + Case("hedged", Approval, "assertions", "{predicate: approval, modality: may}")
            + Case("value and object", Potency, "assertions", "{predicate: relative-potency, subject: esketamine, value: stronger, object: ketamine}")
            + Case("another value", Potency, "assertions", "{predicate: relative-potency, value: weaker}")
            + Case("another object", Potency, "assertions", "{predicate: relative-potency, object: arketamine}"));
        Assert.That(results.Select(r => (r.Name, r.Passed)), Is.EqualTo(new[]
        {
            ("every key", true), ("the predicate alone", true), ("named, not inferred", false), ("another subject", false), ("another month", false),
            ("denied", false), ("hedged", false), ("value and object", true), ("another value", false), ("another object", false),
        }));
        Assert.That(results.Select(r => (r.Family, r.Rule)).Distinct(), Is.EqualTo(new[] { ("approval", (string?)null) }));
    }

    [Test]
    public void ListedQualifiersMustBeReadAndOthersAreAllowed()
    {
        var results = Run("tests/reading/approval.yaml", "family: approval\ncases:\n"
            + Case("both", Approval, "assertions", "{predicate: approval, qualifiers: {jurisdiction: us, indication: treatment-resistant-depression}}")
            + Case("one of them", Approval, "assertions", "{predicate: approval, qualifiers: {jurisdiction: us}}")
            + Case("another value", Approval, "assertions", "{predicate: approval, qualifiers: {indication: depression}}")
            + Case("one that was not read", Approval, "assertions", "{predicate: approval, qualifiers: {jurisdiction: us, authority: fda}}"));
        Assert.That(results.Select(r => (r.Name, r.Passed)), Is.EqualTo(new[] { ("both", true), ("one of them", true), ("another value", false), ("one that was not read", false) }));
    }

    [Test]
    public void AnAbsentEntryFailsTheCaseOnlyWhenItIsRead()
    {
        var results = Run("tests/reading/approval.yaml", "family: approval\ncases:\n"
            + Case("not denied", Approval, "absent", "{predicate: approval, subject: esketamine, polarity: negated}")
            + Case("not in the U.S.", Approval, "absent", "{predicate: approval, subject: esketamine, qualifiers: {jurisdiction: us}}"));
        Assert.That(results.Select(r => (r.Name, r.Passed)), Is.EqualTo(new[] { ("not denied", true), ("not in the U.S.", false) }));
    }

    [Test]
    public void AFailureSaysWhatWasExpectedAndWhatWasReadInNormalizedTerms()
    {
        var results = Run("tests/reading/approval.yaml", "family: approval\ncases:\n"
            + Case("must read", Potency, "assertions", "{predicate: relative-potency, subject: esketamine, object: arketamine}")
            + Case("must not read", Approval, "absent", "{predicate: approval, inferred: true, qualifiers: {jurisdiction: us}}"));
        Assert.That(results.Select(r => r.Message), Is.EqualTo(new[]
        {
            "expected relative-potency(esketamine, *, arketamine, *, *, *, *); read: relative-potency(esketamine, stronger by 2×, ketamine, -, affirmed, states, {})",
            "expected no approval(* (inferred), *, *, *, *, *, {jurisdiction: us}); read: approval(esketamine (inferred), -, -, 2019, affirmed, states, {indication: treatment-resistant-depression, jurisdiction: us})",
        }));
    }

    [Test]
    public void AnIdThePackDoesNotKnowFailsTheCaseEvenWhenAbsent()
    {
        var results = Run("tests/reading/approval.yaml", "family: approval\ncases:\n"
            + Case("typo", Approval, "absent", "{predicate: approval, subject: esketamin, qualifiers: {indication: depresion}}"));
        Assert.That(results[0].Message, Does.StartWith("unknown entity 'esketamin'; unknown value 'depresion' of qualifier 'indication'; read: "));
    }

    [Test]
    public void ARuleCaseMatchesAssertionsOnTheSameKeys()
    {
        var results = Run("tests/relative-potency.yaml", "rule: relative-potency\ncases:\n"
            + Case("object", Potency, "assertions", "{predicate: relative-potency, subject: esketamine, object: ketamine, inferred: false}")
            + Case("another object", Potency, "assertions", "{predicate: relative-potency, subject: esketamine, object: arketamine}")
            + Case("absent", Potency, "absent", "{predicate: relative-potency, value: weaker}"));
        Assert.That(results.Select(r => (r.Name, r.Passed, r.Rule, r.Family)), Is.EqualTo(new[]
        {
            ("object", true, "relative-potency", (string?)null), ("another object", false, "relative-potency", null), ("absent", true, "relative-potency", null),
        }));
    }

    [Test]
    public void AnUnknownKeyIsAnErrorThatNamesItsPlaceAndTheKeysThatFit()
    {
        var error = Malformed("family: approval\ncases:\n" + Case("typo", Approval, "assertions", "{predicate: approval, subjekt: esketamine}"));
        Assert.That(error.Diagnostics.Select(d => d.ToString()), Has.Exactly(1).EndsWith(
            "tests/reading/bad.yaml:6:31: unknown key 'subjekt' (use one of: predicate, subject, inferred, value, object, date, factor, polarity, modality, qualifiers)"));
        Assert.That(error.Diagnostics[0].Code, Is.EqualTo("CTR400"));
    }

    [Test]
    public void MistakesYamlDoesNotCatchAreListedTogetherWithTheirLines()
    {
        var error = Malformed("family: approval\ncases:\n"
            + "  - name: a rule's case\n    articles: [\"x\"]\n    expect: finding\n    assertions:\n      - {subject: ketamine, polarity: affirm}\n"
            + "  - name: nothing to check\n    articles: [\"x\"]\n");
        Assert.That(error.Diagnostics.Select(d => (d.Line, d.Message)), Is.EqualTo(new[]
        {
            (3, "a reading case has no 'rule', 'expect' or 'sides'"),
            (7, "an assertion needs 'predicate'"),
            (7, "unknown polarity 'affirm'"),
            (8, "a reading case needs 'assertions' or 'absent'"),
        }));
    }

    [Test]
    public void AValueOfTheWrongShapeIsAnErrorWithoutTypeNames()
    {
        var error = Malformed("family: approval\ncases: 3\n");
        Assert.That(error.Diagnostics.Select(d => (d.Line, d.Column, d.Message)), Is.EqualTo(new[] { (2, 8, "this is not what the key expects here (a list, a key: value mapping, or a single value)") }));
    }
}
