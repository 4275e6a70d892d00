using System.Text.Json;
using System.Text.Json.Nodes;
using Contradictions.Reporting;
using Contradictions.Reporting.Json;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Reporting;

public class AssertionJsonReaderTests
{
    private static string Line(Contradictions.Claims.Assertion a) => JsonReportWriter.ToJson(a).ToJsonString();

    [Test]
    public void EverySeedAssertionReadsBackAsWritten()
    {
        var assertions = Repository.SeedReport.Assertions;
        Assert.That(assertions.Select(a => Line(AssertionJsonReader.Read(Line(a)))), Is.EqualTo(assertions.Select(Line)));
    }

    [Test]
    public void ReferenceFactsReadBackAsReferences()
    {
        var fact = Repository.Checker.Pack.Facts[0].Claims[0];
        Assert.That(AssertionJsonReader.Read(Line(fact)).IsReference, Is.True);
    }

    [Test]
    public void CheckingTheAssertionsOfTwoHalvesGivesWhatCheckingAllTheTextsGives()
    {
        var documents = Repository.SeedDocuments();
        var halves = new[] { documents.Take(2), documents.Skip(2) };
        var lines = halves.SelectMany(half => half.SelectMany(Repository.Checker.Extract).Select(Line)).ToList();
        var merged = Repository.Checker.CheckAssertions(lines.Select(AssertionJsonReader.Read), []);
        Assert.Multiple(() =>
        {
            Assert.That(Section(merged, "findings"), Is.EqualTo(Section(Repository.SeedReport, "findings")));
            Assert.That(Section(merged, "corroborations"), Is.EqualTo(Section(Repository.SeedReport, "corroborations")));
            Assert.That(Section(merged, "assertions"), Is.EqualTo(Section(Repository.SeedReport, "assertions")));
            Assert.That(merged.Sources.Select(s => (s.Id, s.Assertions)), Is.EqualTo(Repository.SeedReport.Sources.Select(s => (s.Id, s.Assertions))));
        });
    }

    [Test]
    public void CheckingEachPredicateApartFindsWhatCheckingAllTogetherFinds()
    {
        // Rules compare only assertions of one predicate, so a check can be spread over machines by predicate.
        var apart = Repository.SeedReport.Assertions
            .GroupBy(a => a.Predicate, StringComparer.Ordinal)
            .SelectMany(g => Repository.Checker.CheckAssertions(g, []).Findings)
            .Select(f => f.Id)
            .Order(StringComparer.Ordinal);
        Assert.That(apart, Is.EqualTo(Repository.SeedReport.Findings.Select(f => f.Id).Order(StringComparer.Ordinal)));
    }

    [Test]
    public void ReferenceFactsInTheInputDoNotCountTwice()
    {
        var lines = Repository.SeedReport.Assertions.Concat(Repository.Checker.Pack.Facts.SelectMany(f => f.Claims)).Select(Line);
        var report = Repository.Checker.CheckAssertions(lines.Select(AssertionJsonReader.Read), []);
        Assert.That(Section(report, "findings"), Is.EqualTo(Section(Repository.SeedReport, "findings")));
    }

    [TestCase("{", "not JSON")]
    [TestCase("[]", "JSON object")]
    [TestCase("{\"id\":\"a#1\"}", "'source'")]
    [TestCase("{\"id\":\"a#1\",\"source\":\"a\",\"line\":\"one\"}", "'subject'")]
    public void AMalformedLineSaysWhatIsWrong(string json, string says) =>
        Assert.That(() => AssertionJsonReader.Read(json), Throws.TypeOf<FormatException>().With.Message.Contains(says));

    [Test]
    public void AnUnknownPolarityIsRejected()
    {
        var json = JsonNode.Parse(Line(Repository.SeedReport.Assertions[0]))!.AsObject();
        json["polarity"] = "maybe";
        Assert.That(() => AssertionJsonReader.Read(json.ToJsonString()), Throws.TypeOf<FormatException>().With.Message.Contains("affirmed, negated"));
    }

    private static string Section(Report report, string name)
    {
        using var writer = new StringWriter();
        new JsonReportWriter().Write(report, writer);
        return JsonNode.Parse(writer.ToString())![name]!.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
