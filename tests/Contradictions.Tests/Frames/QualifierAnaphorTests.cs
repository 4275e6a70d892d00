using Contradictions.Claims;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Frames;

/// <summary>
/// "The condition", "this use" and "the agency" stand for the indication or authority named last, as "it" stands for
/// the entity named last; the words are the English layer's <c>qualifier-anaphors</c>. Sentences written here.
/// </summary>
public class QualifierAnaphorTests
{
    private static List<Assertion> Approvals(string text, string subject) =>
        Repository.Checker.Extract(SourceDocument.FromText("article.txt", text)).Where(a => a.Predicate == "approval" && a.Subject == subject).ToList();

    [Test]
    public void TheConditionIsTheIndicationNamedLastBeforeIt()
    {
        var read = Approvals("Ketalar was approved for anesthesia in 1970. The FDA approved Spravato for treatment-resistant depression in 2019. Years later a state board voted to approve ketamine for the condition.", "ketamine");
        var last = read.Single(a => a.Quote.StartsWith("Years later", StringComparison.Ordinal));
        Assert.That((last.QualifierValue("indication"), last.Qualifiers.Single(q => q.Name == "indication").Text), Is.EqualTo(("treatment-resistant-depression", "the condition")));
    }

    [Test]
    public void TheAgencyIsTheAuthorityNamedLastBeforeIt()
    {
        var read = Approvals("The DEA scheduled ketamine in 1999. The FDA reviewed Spravato in 2018. The agency approved Spravato in 2019.", "spravato");
        Assert.That(read.Select(a => a.QualifierValue("authority")), Is.EqualTo(new[] { "fda" }));
    }

    [Test]
    public void TheConditionWithNoIndicationNamedBeforeStandsForNothing()
    {
        var read = Approvals("Ketamine is sold as a powder. A state board voted to approve ketamine for the condition.", "ketamine");
        Assert.That(read.Select(a => a.QualifierValue("indication")), Is.EqualTo(new string?[] { null }));
    }

    [Test]
    public void TheConditionNamedMoreThanThreeParagraphsBackStandsForNothing()
    {
        var read = Approvals("Spravato was approved for treatment-resistant depression in 2019.\n\nClinics opened.\n\nPrices fell.\n\nLists grew.\n\nA state board voted to approve ketamine for the condition.", "ketamine");
        Assert.That(read.Select(a => a.QualifierValue("indication")), Is.EqualTo(new string?[] { null }));
    }

    [Test]
    public void AUseNamedInTheSameSentenceIsNotOverriddenByTheConditionBeforeIt()
    {
        var read = Approvals("Spravato was approved for treatment-resistant depression in 2019. Ketamine was approved for anesthesia in 1970.", "ketamine");
        Assert.That(read.Select(a => a.QualifierValue("indication")), Is.EqualTo(new[] { "anesthesia" }));
    }
}
