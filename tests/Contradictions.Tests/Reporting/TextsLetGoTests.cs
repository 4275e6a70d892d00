using Contradictions.Reporting;
using Contradictions.Reporting.Html;
using Contradictions.Reporting.Sarif;
using Contradictions.Tests.Support;
using Contradictions.Text;

namespace Contradictions.Tests.Reporting;

/// <summary>
/// A check that lets each text go once its claims are read: the SARIF and HTML writers read the quoted files again and
/// give the report a check that kept the texts gives; what has no file, or a file that changed, is shown without places.
/// </summary>
public class TextsLetGoTests
{
    private static readonly ContradictionChecker LettingGo = new ContradictionCheckerBuilder().UseDefaultPack().KeepTexts(false).Build();

    private static string Sarif(Report report)
    {
        using var writer = new StringWriter();
        new SarifReportWriter(Repository.Root).Write(report, writer);
        return writer.ToString();
    }

    private static string Html(Report report)
    {
        using var writer = new StringWriter();
        new HtmlReportWriter().Write(report, writer);
        return writer.ToString();
    }

    [Test]
    public void TheSarifReportOfTheSeedsIsTheSameWhetherTheTextsWereKeptOrReadAgain()
    {
        var report = LettingGo.Check(Repository.SeedDocuments());
        Assert.Multiple(() =>
        {
            Assert.That(report.Documents, Is.Empty);
            Assert.That(Sarif(report), Is.EqualTo(Sarif(Repository.SeedReport)));
            Assert.That(Sarif(report), Does.Contain("\"charOffset\""));
        });
    }

    [Test]
    public void TheHtmlReportOfTheSeedsIsTheSameWhetherTheTextsWereKeptOrReadAgain()
    {
        var report = LettingGo.Check(Repository.SeedDocuments());
        Assert.Multiple(() =>
        {
            Assert.That(Html(report), Is.EqualTo(Html(Repository.SeedReport)));
            Assert.That(Html(report), Does.Contain("<span class=\"context\">"));
        });
    }

    [Test]
    public void AFileChangedSinceTheCheckHasItsQuotesShownWithoutPlacesAndTheOthersKeepTheirs()
    {
        var folder = Directory.CreateTempSubdirectory("contradictions-let-go-").FullName;
        try
        {
            foreach (var seed in Directory.GetFiles(Repository.Seeds, "*.txt"))
            {
                File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
            }

            var documents = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(SourceDocument.FromFile).ToList();
            var report = LettingGo.Check(documents);
            var changed = report.Findings.SelectMany(f => f.Evidence).First(e => !e.Reference).Source;
            File.WriteAllText(Path.Combine(folder, changed), "A different text.\n" + File.ReadAllText(Path.Combine(folder, changed)));

            var regions = RegionsBySource(Sarif(report));
            Assert.Multiple(() =>
            {
                Assert.That(regions[changed], Is.All.Not.Contains("charOffset"));
                Assert.That(regions.Where(r => r.Key != changed).SelectMany(r => r.Value), Is.All.Contains("charOffset"));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void SourcesMadeInMemoryAndLetGoAreShownWithoutPlaces()
    {
        var documents = Directory.GetFiles(Repository.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => SourceDocument.FromText(Path.GetFileName(path), File.ReadAllText(path))).ToList();
        var sarif = Sarif(LettingGo.Check(documents));
        var html = Html(LettingGo.Check(documents));
        Assert.Multiple(() =>
        {
            Assert.That(sarif, Does.Contain("\"startLine\"").And.Not.Contain("\"charOffset\""));
            Assert.That(html, Does.Contain("<mark>").And.Not.Contain("<span class=\"context\">"));
        });
    }

    /// <summary>The property names of each article region in a SARIF log, by the file it is in.</summary>
    private static Dictionary<string, List<string[]>> RegionsBySource(string sarif)
    {
        using var log = System.Text.Json.JsonDocument.Parse(sarif);
        var regions = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var result in log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            var locations = new[] { "locations", "relatedLocations" }
                .SelectMany(name => result.TryGetProperty(name, out var list) ? list.EnumerateArray().ToList() : []);
            foreach (var location in locations)
            {
                var physical = location.GetProperty("physicalLocation");
                if (!physical.TryGetProperty("region", out var region))
                {
                    continue;
                }

                var file = Path.GetFileName(physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!);
                regions.TryAdd(file, []);
                regions[file].Add(region.EnumerateObject().Select(p => p.Name).ToArray());
            }
        }

        return regions;
    }
}
