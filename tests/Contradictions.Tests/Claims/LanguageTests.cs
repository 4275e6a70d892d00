using Contradictions.Claims;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Claims;

/// <summary>Subjects that are not repeated, negation, hedges, conditions, dates and names, as the pack's words say them.</summary>
public class LanguageTests
{
    private static IReadOnlyList<Assertion> Extract(string text, DateOnly? published = null) =>
        Repository.Checker.Extract(SourceDocument.FromText("a.txt", text) with { Published = published });

    [Test]
    public void ASubjectThatIsNotRepeatedGivesTwoAssertionsAboutIt()
    {
        var assertions = Extract("Ketamine was developed in the 1960s. It was approved by the FDA in 1970.");
        Assert.That(assertions.Select(a => (a.Predicate, a.Subject, a.SubjectInferred)), Is.EqualTo(new[] { ("discovery", "ketamine", false), ("approval", "ketamine", true) }));
    }

    [Test]
    public void AnAnaphorLimitedToProductsSkipsTheDrugNamedLast()
    {
        var assertion = Extract("Spravato, which contains esketamine, was approved in 2019. The nasal spray must be taken in a certified clinic.")[^1];
        Assert.That((assertion.Predicate, assertion.Subject, assertion.SubjectInferred), Is.EqualTo(("supervised-administration", "spravato", true)));
    }

    [Test]
    public void TheDrugFollowedByANameMeansThatName() =>
        Assert.That(Extract("Ketamine is old. In 2016, the FDA awarded the drug esketamine the status Breakthrough Therapy Designation.").Single().Subject, Is.EqualTo("esketamine"));

    [TestCase("Ketamine does not cause respiratory depression.", Polarity.Negated, Modality.States)]
    [TestCase("Ketamine has not been approved by the FDA for depression.", Polarity.Negated, Modality.States)]
    [TestCase("Ketamine is not yet approved by the FDA for depression.", Polarity.Negated, Modality.States)]
    [TestCase("Ketamine never causes respiratory depression.", Polarity.Negated, Modality.States)]
    [TestCase("Ketamine may cause respiratory depression.", Polarity.Affirmed, Modality.May)]
    [TestCase("Ketamine is thought to cause respiratory depression.", Polarity.Affirmed, Modality.May)]
    [TestCase("Ketamine reportedly causes respiratory depression.", Polarity.Affirmed, Modality.May)]
    [TestCase("Ketamine can cause respiratory depression.", Polarity.Affirmed, Modality.Can)]
    public void NegationAndHedgesAreReadFromTheClaimsWords(string text, Polarity polarity, Modality modality)
    {
        var assertion = Extract(text).Single();
        Assert.That((assertion.Polarity, assertion.Modality), Is.EqualTo((polarity, modality)));
    }

    [TestCase("Ketamine can cause respiratory depression in high doses.", "high")]
    [TestCase("Ketamine can cause respiratory depression with rapid IV administration.", "high")]
    [TestCase("Ketamine can cause respiratory depression.", null)]
    public void ConditionsLimitTheClaim(string text, string? dose) =>
        Assert.That(Extract(text).Single().QualifierValue("dose"), Is.EqualTo(dose));

    [Test]
    public void AnAuthorityInAnotherClauseIsNotTheClaimsAuthority()
    {
        var assertion = Extract("Its use grew after its approval by the FDA, causing it to become a controlled substance in the United States at the end of the 1990s. Ketamine is old.".Replace("Its use", "Ketamine's use", StringComparison.Ordinal)).Single();
        Assert.That((assertion.QualifierValue("authority"), assertion.QualifierValue("jurisdiction")), Is.EqualTo(((string?)null, "us")));
    }

    [Test]
    public void AnAgencysInitialsMatchOnlyInCapitals()
    {
        Assert.That(Extract("The WHO considers ketamine to be an essential medicine.").Single().QualifierValue("authority"), Is.EqualTo("who"));
        Assert.That(Extract("Doctors who use it say the FDA has approved ketamine for anesthesia.").Single().QualifierValue("authority"), Is.EqualTo("fda"));
    }

    [TestCase("S-ketamine", "esketamine")]
    [TestCase("(S)-ketamine", "esketamine")]
    [TestCase("R-ketamine", "arketamine")]
    [TestCase("racemic ketamine", "ketamine")]
    [TestCase("KETALAR", "ketamine")]
    public void EntitiesAreNamedThroughTheirAliasesInAnyCase(string name, string entity) =>
        Assert.That(Extract($"{name} is an NMDA receptor antagonist.").Single().Subject, Is.EqualTo(entity));

    [Test]
    public void ARelativeDateCountsBackFromThePublicationDate()
    {
        var assertion = Extract("Ketamine is an anesthetic that has been used for nearly 50 years.", new DateOnly(2019, 6, 1)).Single(a => a.Predicate == "in-use-since");
        Assert.That((assertion.Date?.ToString(), assertion.DateText), Is.EqualTo(("1969\u20131974", "nearly 50 years")));
    }

    [Test]
    public void ARelativeDateIsLeftOpenWithoutAPublicationDate()
    {
        var assertion = Extract("Ketamine is an anesthetic that has been used for decades.").Single(a => a.Predicate == "in-use-since");
        Assert.That((assertion.Date, assertion.DateText), Is.EqualTo(((Contradictions.Claims.Normalizers.DateInterval?)null, "decades")));
    }

    [TestCase("between 1962 and 1964", "1962\u20131964")]
    [TestCase("from 1962 to 1964", "1962\u20131964")]
    [TestCase("1990s-2000s", "1990\u20132009")]
    public void DateRangesAreOneInterval(string text, string expected) =>
        Assert.That(Repository.Checker.Pack.Dates.Parse(text)?.ToString(), Is.EqualTo(expected));

    [TestCase("for over 30 years", "1986\u20131989")]
    [TestCase("two decades ago", "1997\u20132001")]
    [TestCase("decades", "1929\u20131999")]
    public void RelativeDatesAreReadAgainstAPublicationDate(string text, string expected) =>
        Assert.That(Repository.Checker.Pack.Dates.Parse(text.Replace("for ", string.Empty, StringComparison.Ordinal), new DateOnly(2019, 1, 1))?.ToString(), Is.EqualTo(expected));

    [TestCase("August 12 of this year", "2019-08-12")]
    [TestCase("12 August this year", "2019-08-12")]
    [TestCase("March of this year", "2019-03")]
    public void ThisYearIsTheYearOfPublication(string text, string expected) =>
        Assert.That(Repository.Checker.Pack.Dates.Parse(text, new DateOnly(2019, 7, 13))?.ToString(), Is.EqualTo(expected));

    [TestCase("August 12 of this year")]
    [TestCase("year")]
    [TestCase("decade")]
    public void ThisYearAndASingleUnitAloneSayNothingWithoutAPublicationDate(string text) =>
        Assert.That(Repository.Checker.Pack.Dates.Parse(text), Is.Null);

    [Test]
    public void ThisYearWordsWithoutAUnitStillLetADateBeFound()
    {
        var words = new Contradictions.Claims.Normalizers.RelativeDateWords(new Dictionary<string, int>(), new Dictionary<string, int>(), [], [], [], [], [], []) { ThisYear = ["hoc anno"] };
        var parser = new Contradictions.Claims.Normalizers.DateExpressionParser(["Ianuarius", "Februarius", "Martius"], new Dictionary<string, Contradictions.Claims.Normalizers.DatePart>(), [], [], words);
        Assert.Multiple(() =>
        {
            Assert.That(parser.MayHoldDate("approved on 5 Martius hoc anno"), Is.True);
            Assert.That(parser.Parse("5 Martius hoc anno", new DateOnly(2019, 7, 13))?.ToString(), Is.EqualTo("2019-03-05"));
        });
    }

    [TestCase("year")]
    [TestCase("decade")]
    public void ASingleUnitAloneIsNoSpan(string text) =>
        Assert.That(Repository.Checker.Pack.Dates.Parse(text, new DateOnly(2019, 7, 13)), Is.Null);

    [Test]
    public void AClaimDatedThisYearTakesTheSourcesYear()
    {
        var assertion = Extract("Ketamine became a controlled substance for the first time on August 12 of this year.", new DateOnly(1999, 7, 13))
            .Single(a => a.Predicate == "controlled-since");
        Assert.That(assertion.Date?.ToString(), Is.EqualTo("1999-08-12"));
    }

    [Test]
    public void EnantiomerComparisonsAreStoredInIdOrderWithTheirDirection()
    {
        var stronger = Extract("S-ketamine binds the NMDA receptor about 3 to 4 times more strongly than R-ketamine.").Single();
        var weaker = Extract("Arketamine has a lower affinity for the NMDA receptor than esketamine.").Single();
        var racemate = Extract("Esketamine is about twice as potent as racemic ketamine.").Single();
        Assert.Multiple(() =>
        {
            Assert.That((stronger.Subject, stronger.Value!.Normalized, stronger.ObjectEntity), Is.EqualTo(("arketamine", "weaker", "esketamine")));
            Assert.That((weaker.Subject, weaker.Value!.Normalized, weaker.ObjectEntity), Is.EqualTo(("arketamine", "weaker", "esketamine")));
            Assert.That((racemate.Subject, racemate.Value!.Normalized, racemate.ObjectEntity), Is.EqualTo(("esketamine", "stronger", "ketamine")));
        });
    }

    [Test]
    public void TheExplanationNamesThePatternAndTheWordsThatSetPolarityModalityAndDate()
    {
        var explanation = Extract("Ketamine may not have been approved by the FDA in early 1970.").Single().Explanation!;
        Assert.Multiple(() =>
        {
            Assert.That(explanation.Pattern, Is.EqualTo("approval"));
            Assert.That(explanation.PolarityWords, Is.EqualTo(new[] { "\"not\" (forward negation cue)" }));
            Assert.That(explanation.ModalityWords, Is.EqualTo(new[] { "\"may\" (hedge cue)" }));
            Assert.That((explanation.DateWords, explanation.DateReading), Is.EqualTo(("early 1970", "1970")));
        });
    }
}
