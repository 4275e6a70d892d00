using Contradictions.Claims;
using Contradictions.Evaluation;

namespace Contradictions.Tests.Evaluation;

public class GoldFileReaderTests
{
    [Test]
    public void AClaimWithoutPolarityOrModalityIsAffirmedAndStated()
    {
        using var folder = new GoldFolder();
        folder.Write("1-a.txt", "Ketamine was discovered in 1962.\n");
        var path = folder.Write("1-a.claims.yaml", """
            source: 1-a.txt
            claims:
              - {line: 1, subject: ketamine, predicate: discovery, date: "1962", qualifiers: {jurisdiction: us}, says: "discovered in 1962"}
            """);

        var gold = GoldFileReader.Read(path);

        var claim = gold.Claims.Single();
        Assert.Multiple(() =>
        {
            Assert.That(gold.Article, Is.EqualTo(Path.Combine(folder.Path, "1-a.txt")));
            Assert.That(claim, Is.EqualTo(claim with { Line = 1, Subject = "ketamine", Inferred = false, Predicate = "discovery", Date = "1962", Polarity = Polarity.Affirmed, Modality = Modality.States, Says = "discovered in 1962" }));
            Assert.That(claim.Qualifiers, Is.EqualTo(new Dictionary<string, string> { ["jurisdiction"] = "us" }));
            Assert.That((claim.GoldLine, claim.GoldColumn), Is.EqualTo((3, 5)));
        });
    }

    [Test]
    public void WithoutASourceKeyTheArticleBesideItIsFound()
    {
        using var folder = new GoldFolder();
        var article = folder.Write("1-a.md", "Ketamine is an NMDA receptor antagonist.\n");
        var path = folder.Write("1-a.claims.yaml", "claims:\n  - {line: 1, subject: ketamine, predicate: nmda-action, value: antagonist}\n");

        Assert.That(GoldFileReader.Read(path).Article, Is.EqualTo(article));
    }

    [Test]
    public void AnUnknownKeyNamesTheKeyTheFileTheLineAndTheColumn()
    {
        using var folder = new GoldFolder();
        folder.Write("1-a.txt", "Ketamine was discovered in 1962.\n");
        var path = folder.Write("1-a.claims.yaml", "source: 1-a.txt\nclaims:\n  - {line: 1, subject: ketamine, predicat: discovery}\n");

        var error = Assert.Throws<GoldFileException>(() => GoldFileReader.Read(path))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.StartWith($"{path}:3:34: unknown key 'predicat' ("));
            Assert.That((error.File, error.Line, error.Column), Is.EqualTo((path, 3, 34)));
        });
    }

    [Test]
    public void MalformedYamlIsAnErrorAtItsPlaceNotACrash()
    {
        using var folder = new GoldFolder();
        folder.Write("1-a.txt", "Ketamine was discovered in 1962.\n");
        var path = folder.Write("1-a.claims.yaml", "source: 1-a.txt\nclaims:\n  - {line: 1, subject: ketamine\n  - {line: 2}\n");

        var error = Assert.Throws<GoldFileException>(() => GoldFileReader.Read(path))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.StartWith($"{path}:{error.Line}:{error.Column}: "));
            Assert.That(error.Line, Is.GreaterThanOrEqualTo(3));
            Assert.That(error.Message, Does.Not.Contain("YamlDotNet").And.Not.Contain("Contradictions.Evaluation"));
        });
    }

    [TestCase("{line: 1, predicate: discovery}", "the claim has no 'subject'")]
    [TestCase("{subject: ketamine, predicate: discovery}", "the claim has no 'line'")]
    [TestCase("{line: 0, subject: ketamine, predicate: discovery}", "line 0 is not a line of the article")]
    [TestCase("{line: 1, subject: ketamine, predicate: discovery, polarity: denied}", "unknown polarity 'denied'; use affirmed or negated")]
    [TestCase("{line: 1, subject: ketamine, predicate: discovery, modality: might}", "unknown modality 'might'; use states, can or may")]
    public void AClaimThatCannotBeComparedIsRefusedAtItsPlace(string claim, string problem)
    {
        using var folder = new GoldFolder();
        folder.Write("1-a.txt", "Ketamine was discovered in 1962.\n");
        var path = folder.Write("1-a.claims.yaml", $"source: 1-a.txt\nclaims:\n  - {claim}\n");

        var error = Assert.Throws<GoldFileException>(() => GoldFileReader.Read(path))!;

        Assert.That(error.Message, Does.StartWith($"{path}:3:5: {problem} ("));
    }

    [Test]
    public void ASourceThatIsNotThereIsRefused()
    {
        using var folder = new GoldFolder();
        var path = folder.Write("1-a.claims.yaml", "source: gone.txt\nclaims: []\n");

        var error = Assert.Throws<GoldFileException>(() => GoldFileReader.Read(path))!;

        Assert.That(error.Message, Does.Contain("'source' names gone.txt, which is not in"));
    }

    [Test]
    public void FindSearchesSubfoldersInOrderAndSkipsHiddenOnes()
    {
        using var folder = new GoldFolder();
        var second = folder.Write("articles/2-b.claims.yaml", "claims: []\n");
        var first = folder.Write("articles/1-a.claims.yaml", "claims: []\n");
        var top = folder.Write("0-top.claims.yaml", "claims: []\n");
        folder.Write("articles/1-a.meta.yaml", "title: A\n");
        folder.Write(".git/3-c.claims.yaml", "claims: []\n");

        Assert.That(GoldFileReader.Find(folder.Path), Is.EqualTo(new[] { top, first, second }));
    }
}
