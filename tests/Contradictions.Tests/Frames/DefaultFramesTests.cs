using Contradictions.Claims;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Frames;

/// <summary>
/// The default pack's frames read sentences written here, not taken from any article: active and passive voice,
/// noun forms, negation, hedges, cut scopes and what is no claim.
/// </summary>
public class DefaultFramesTests
{
    private static List<Assertion> Read(string text) => Repository.Checker.Extract(SourceDocument.FromText("sentence.txt", text)).ToList();

    [Test]
    public void AnAgencyPlacingADrugInAScheduleIsReadWithTheAgencyAndTheClass()
    {
        var a = Read("The Drug Enforcement Administration placed ketamine in Schedule III in 1999.").Single(x => x.Predicate == "scheduling");
        Assert.That((a.Subject, a.Value?.Normalized, a.QualifierValue("authority"), a.Pattern), Is.EqualTo(("ketamine", "III", "dea", "schedule-class")));
    }

    [Test]
    public void AProductThatContainsADrugIsReadAsItsActiveIngredient()
    {
        var a = Read("Spravato contains esketamine.").Single();
        Assert.That((a.Subject, a.Predicate, a.ObjectEntity, a.Pattern), Is.EqualTo(("spravato", "active-ingredient", "esketamine", "contains")));
    }

    [Test]
    public void AnEnantiomerOfADrugGivesItsHandednessAndThatTheyDiffer()
    {
        var read = Read("Esketamine is the S-enantiomer of ketamine.");
        Assert.That(read.Select(a => (a.Predicate, a.Subject, a.Value?.Normalized, a.ObjectEntity)), Is.EquivalentTo(new[]
        {
            ("chirality", "esketamine", (string?)"S", (string?)null),
            ("identity", "esketamine", "different-drugs", "ketamine"),
        }));
    }

    [Test]
    public void ANounFormWithItsAgencyDateAndUseIsAnApproval()
    {
        var a = Read("The FDA's approval of esketamine in 2019 was for treatment-resistant depression.").Single();
        Assert.That(
            (a.Subject, a.Predicate, a.Date?.ToString(), a.QualifierValue("authority"), a.QualifierValue("indication"), a.Pattern),
            Is.EqualTo(("esketamine", "approval", "2019", "fda", "treatment-resistant-depression", "approval")));
    }

    [Test]
    public void AHypotheticalIsNoClaim()
    {
        Assert.That(Read("If approved, arketamine would be sold as a nasal spray."), Is.Empty);
    }

    [Test]
    public void ANegationBeforeAButDoesNotReachTheClaimAfterIt()
    {
        var a = Read("Ketamine is not an opioid, but it can cause respiratory depression.").Single();
        Assert.That((a.Predicate, a.Polarity, a.Modality, a.SubjectInferred, a.Pattern), Is.EqualTo(("respiratory-depression", Polarity.Affirmed, Modality.Can, true, "causes-respiratory-condition")));
    }

    [Test]
    public void AHedgeAndADoseConditionAreReadFromTheirWords()
    {
        var a = Read("Esketamine may cause respiratory depression at high doses.").Single();
        Assert.That((a.Subject, a.Modality, a.QualifierValue("dose")), Is.EqualTo(("esketamine", Modality.May, "high")));
    }

    [Test]
    public void TheExplanationNamesTheFrameItsArgumentsAndTheCue()
    {
        var a = Read("Ketamine is not approved for depression.").Single();
        Assert.That(a.Explanation!.Pattern, Is.EqualTo("approval"));
        Assert.That(a.Explanation.Arguments, Does.Contain(("trigger", "approved")).And.Contain(("subject", "Ketamine")).And.Contain(("qualifier", "depression")));
        Assert.That(a.Explanation.PolarityWords, Is.EqualTo(new[] { "\"not\" (forward negation cue)" }));
    }

    [Test]
    public void ARecommendationIsNoClaimUnlessTheFrameReadsRecommendations()
    {
        Assert.That(Read("An advisory panel recommended against approving arketamine for depression."), Is.Empty);
        var a = Read("The WHO advised against international control of ketamine.").Single();
        Assert.That((a.Predicate, a.Polarity, a.QualifierValue("authority")), Is.EqualTo(("international-control", Polarity.Negated, "who")));
        Assert.That(a.Explanation!.PolarityWords, Is.EqualTo(new[] { "\"advised against\" (forward recommendation-against cue)" }));
    }
}
