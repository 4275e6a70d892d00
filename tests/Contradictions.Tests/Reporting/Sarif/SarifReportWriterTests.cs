using System.Text.Json;
using System.Text.RegularExpressions;
using Contradictions.Reporting;
using Contradictions.Reporting.Sarif;
using Contradictions.Rules;
using Contradictions.Tests.Support;
using Contradictions.Text;
using Json.Schema;

namespace Contradictions.Tests.Reporting.Sarif;

/// <summary>The SARIF log: valid against the SARIF 2.1.0 schema, located precisely, and stable from run to run.</summary>
public partial class SarifReportWriterTests
{
    // The OASIS SARIF 2.1.0 (errata 01) schema, shipped beside this file so validation needs no network.
    // JsonSchema.Net, on System.Text.Json like the writer: no second JSON library in the tests.
    // The schema is written in draft-04, which JsonSchema.Net 8 no longer reads. It uses nothing that draft-07 changed
    // but the name of its own id ("id" became "$id"), which nothing refers to, so it is read as draft-07 without it.
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        var schema = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Reporting", "Sarif", "sarif-schema-2.1.0.json")))!.AsObject();
        Assert.That(schema["$schema"]!.GetValue<string>(), Is.EqualTo("http://json-schema.org/draft-04/schema#"));
        schema["$schema"] = "http://json-schema.org/draft-07/schema#";
        schema.Remove("id");
        return JsonSchema.FromText(schema.ToJsonString());
    });

    private static string Render(Report report)
    {
        using var writer = new StringWriter();
        new SarifReportWriter(Repository.Root).Write(report, writer);
        return writer.ToString();
    }

    private static JsonElement Run(string sarif) => JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0];

    private static List<string> SchemaErrors(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? []
            : (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).DefaultIfEmpty("not valid against the schema").ToList();
    }

    [GeneratedRegex("\"semanticVersion\": \"[^\"]*\"")]
    private static partial Regex VersionPattern();

    [Test]
    public void TheSchemaIsCheckedWithTheJsonLibraryTheWriterUsesAndNoOther()
    {
        var referenced = typeof(SarifReportWriterTests).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.That(referenced, Has.None.StartsWith("Newtonsoft").And.None.StartsWith("NJsonSchema"));
    }

    [Test]
    public void TheSeedReportIsValidSarif210()
    {
        Assert.That(SchemaErrors(Render(Repository.SeedReport)), Is.Empty);
    }

    [Test]
    public void TheRegionTakesInTheQualifierThatSetsTheClaimApart()
    {
        var result = Run(Render(Repository.SeedReport)).GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "scheduling-authority");
        var snippet = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("snippet").GetProperty("text").GetString();
        Assert.That(snippet, Is.EqualTo("Ketamine is considered a Schedule III controlled substance by the FDA"));
    }

    [Test]
    public void RendersTheSeedReport()
    {
        // The tool's version comes from git and moves with every commit: the snapshot does not hold it.
        Snapshot.Verify(VersionPattern().Replace(Render(Repository.SeedReport), "\"semanticVersion\": \"{Version}\""));
    }

    [Test]
    public void TheSchemaCatchesALogThatBreaksIt()
    {
        // Guards the guard: a validator that accepts everything would make the test above worthless.
        var broken = Render(Repository.SeedReport).Replace("\"level\": \"error\"", "\"level\": \"fatal\"", StringComparison.Ordinal);
        Assert.That(SchemaErrors(broken), Is.Not.Empty);
    }

    [Test]
    public void EveryRuleOfThePackIsDescribedWithShortAndFullDescriptionAndHelp()
    {
        var rules = Run(Render(Repository.SeedReport)).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.That(rules.Select(r => r.GetProperty("id").GetString()), Is.EqualTo(Repository.Checker.Pack.RuleIds));
        Assert.Multiple(() =>
        {
            foreach (var rule in rules)
            {
                foreach (var part in new[] { "shortDescription", "fullDescription", "help" })
                {
                    Assert.That(rule.GetProperty(part).GetProperty("text").GetString(), Is.Not.Empty, $"{rule.GetProperty("id")} {part}");
                }
            }
        });
    }

    [Test]
    public void EachResultHasItsRuleLevelMessageAndARegionInAnArticleRelativeToTheBaseFolder()
    {
        var results = Run(Render(Repository.SeedReport)).GetProperty("results").EnumerateArray().ToList();
        Assert.That(results, Has.Count.EqualTo(Repository.SeedReport.Findings.Count));
        Assert.Multiple(() =>
        {
            foreach (var (result, finding) in results.Zip(Repository.SeedReport.Findings))
            {
                Assert.That(result.GetProperty("ruleId").GetString(), Is.EqualTo(finding.Rule));
                Assert.That(result.GetProperty("level").GetString(), Is.EqualTo(finding.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" }));
                Assert.That(result.GetProperty("message").GetProperty("text").GetString(), Does.StartWith(finding.Message));
                var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
                Assert.That(physical.GetProperty("artifactLocation").GetProperty("uri").GetString(), Does.Match("^seeds/[0-9]{3}_[0-9a-f]+\\.txt$"));
                var region = physical.GetProperty("region");
                Assert.That(region.GetProperty("endLine").GetInt32(), Is.GreaterThanOrEqualTo(region.GetProperty("startLine").GetInt32()));
                Assert.That(region.GetProperty("endColumn").GetInt32(), Is.GreaterThan(region.GetProperty("startColumn").GetInt32()));
            }
        });
    }

    [Test]
    public void EveryLinkInAMessageLeadsToARelatedLocationAndEveryOtherSideIsLinked()
    {
        var results = Run(Render(Repository.SeedReport)).GetProperty("results").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            foreach (var (result, finding) in results.Zip(Repository.SeedReport.Findings))
            {
                var linked = LinkTarget().Matches(result.GetProperty("message").GetProperty("text").GetString()!).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
                var related = result.GetProperty("relatedLocations").EnumerateArray().Select(l => l.GetProperty("id").GetInt32()).ToList();
                Assert.That(linked, Is.EquivalentTo(related), finding.Id);
                Assert.That(related, Has.Count.EqualTo(finding.Evidence.Count - 1), finding.Id);
            }
        });
    }

    [Test]
    public void TheRegionAndItsSnippetAreTheSameTextInTheArticle()
    {
        var run = Run(Render(Repository.SeedReport));
        var locations = run.GetProperty("results").EnumerateArray()
            .SelectMany(r => r.GetProperty("locations").EnumerateArray().Concat(r.GetProperty("relatedLocations").EnumerateArray()))
            .Select(l => l.GetProperty("physicalLocation"))
            .Where(p => p.TryGetProperty("region", out _))
            .ToList();
        Assert.That(locations, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var physical in locations)
            {
                var lines = File.ReadAllText(Path.Combine(Repository.Root, physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!)).Split('\n');
                foreach (var name in new[] { "region", "contextRegion" })
                {
                    var region = physical.GetProperty(name);
                    var (startLine, endLine) = (region.GetProperty("startLine").GetInt32(), region.GetProperty("endLine").GetInt32());
                    Assert.That(endLine, Is.EqualTo(startLine), "claims and sentences stand on one line in these articles");
                    var text = lines[startLine - 1][(region.GetProperty("startColumn").GetInt32() - 1)..(region.GetProperty("endColumn").GetInt32() - 1)];
                    Assert.That(text, Is.EqualTo(region.GetProperty("snippet").GetProperty("text").GetString()));
                }
            }
        });
    }

    [Test]
    public void FingerprintsStayTheSameWhenTheArticlesMoveDownAndTheOrderChanges()
    {
        static IEnumerable<string> Fingerprints(Report report) => Run(Render(report)).GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("partialFingerprints").GetProperty(SarifReportWriter.FingerprintKey).GetString()!);

        var moved = Repository.SeedDocuments().Reverse().Select(d => d with { Text = "A heading added later\n\n" + d.Text }).ToList();
        var before = Fingerprints(Repository.SeedReport).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Fingerprints(Repository.Checker.Check(moved)), Is.EquivalentTo(before));
            Assert.That(before, Is.Unique);
        });
    }

    [Test]
    public void TheAlertStandsOnTheSideNoReferenceFactBacks()
    {
        var result = Run(Render(Repository.SeedReport)).GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "scheduling-authority");
        Assert.That(result.GetProperty("locations")[0].GetProperty("message").GetProperty("text").GetString(), Does.StartWith("the FDA:"));
    }

    [Test]
    public void BracketsFromAFindingAreEscapedSoTheyAreNotReadAsLinks()
    {
        var evidence = new Evidence[]
        {
            new("yes", "a.txt", 1, 1, "It is [1](1).", "a.txt#1"),
            new("no", "b.txt", 1, 1, "It is not.", "b.txt#1"),
        };
        var report = new Report("pack", [], [], [new Finding("r-1", "r", Severity.Warning, "topic", "See [this](1) \\ that.", evidence, [])], [], [], []);
        var message = Run(Render(report)).GetProperty("results")[0].GetProperty("message").GetProperty("text").GetString()!;
        Assert.Multiple(() =>
        {
            Assert.That(message, Does.StartWith("See \\[this\\](1) \\\\ that."));
            Assert.That(LinkTarget().Matches(message).Select(m => m.Value), Is.EqualTo(new[] { "[b.txt:1:1](1)" }));
            Assert.That(SchemaErrors(Render(report)), Is.Empty);
        });
    }

    [Test]
    public void InputsThatCouldNotBeReadAreToolNotificationsAndTheRunIsNotSuccessful()
    {
        var report = Repository.Checker.Check([SourceDocument.FromText("a.txt", "Ketamine is an NMDA receptor antagonist.")], [new InputNote("missing.txt", "no such file or folder")]);
        var invocation = Run(Render(report)).GetProperty("invocations")[0];
        Assert.Multiple(() =>
        {
            Assert.That(invocation.GetProperty("executionSuccessful").GetBoolean(), Is.False);
            Assert.That(invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("message").GetProperty("text").GetString(), Is.EqualTo("missing.txt: no such file or folder"));
        });
    }

    // An embedded link not preceded by a backslash: [text](id).
    [GeneratedRegex(@"(?<!\\)\[(?:[^\]\\]|\\.)*\]\((\d+)\)")]
    private static partial Regex LinkTarget();
}
