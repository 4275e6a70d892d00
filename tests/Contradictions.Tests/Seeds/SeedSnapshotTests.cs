using Contradictions.Reporting.Json;
using Contradictions.Reporting.Markdown;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Seeds;

/// <summary>Snapshots of what each seed yields and of the Markdown report: a change in extraction shows as a diff.</summary>
public class SeedSnapshotTests
{
    [TestCase("000")]
    [TestCase("001")]
    [TestCase("002")]
    [TestCase("003")]
    [TestCase("004")]
    public void ExtractsAssertions(string seed)
    {
        var assertions = Repository.Checker.Extract(SourceDocument.FromFile(Repository.SeedFile(seed)));
        var json = new System.Text.Json.Nodes.JsonArray(assertions.Select(a => (System.Text.Json.Nodes.JsonNode)JsonReportWriter.ToJson(a)).ToArray());
        Snapshot.Verify(json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), $"source={seed}");
    }

    [Test]
    public void RendersTheMarkdownReport()
    {
        using var writer = new StringWriter();
        new MarkdownReportWriter().Write(Repository.SeedReport, writer);
        Snapshot.Verify(writer.ToString());
    }
}
