using System.Runtime.Versioning;
using System.Text.Json;
using System.Text.Json.Nodes;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Cli;

/// <summary>
/// Inputs written by an attacker or a careless user (issue 15): one bad input never costs the other inputs their
/// report, no read is without a bound, the report never overwrites an article, and no escape code reaches a terminal.
/// </summary>
[UnsupportedOSPlatform("windows")]
[Platform(Exclude = "Win", Reason = "named pipes and devices")]
public class HostileInputTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder() => Directory.CreateDirectory(folder = Path.Combine(Path.GetTempPath(), "contradictions-hostile-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    private string At(string name)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    private static string Seed(string prefix) => File.ReadAllText(Repository.SeedFile(prefix));

    /// <summary>Two articles of one name in two folders, as in any crawl of <c>index.html</c> pages.</summary>
    private void TwoIndexFiles()
    {
        File.WriteAllText(At("a/index.txt"), Seed("000"));
        File.WriteAllText(At("b/index.txt"), Seed("001"));
    }

    [TestCase("text")]
    [TestCase("json")]
    [TestCase("sarif")]
    [TestCase("html")]
    [TestCase("markdown")]
    public void TwoArticlesWithOneFileNameAreBothCheckedUnderTheirPathsFromTheCommonFolder(string format)
    {
        TwoIndexFiles();
        var (exit, stdout, stderr) = Tool.RunIn(folder, "check", "a", "b", "--format", format);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1), stderr);
            Assert.That(stderr, Does.Not.Contain("unexpected error"));
            Assert.That(stdout, Does.Contain("a/index.txt").And.Contain("b/index.txt"));
        });
    }

    [Test]
    public void SourceIdsInJsonAreTheFileNameUnlessTwoFilesShareIt()
    {
        TwoIndexFiles();
        File.WriteAllText(At("b/other.txt"), Seed("002"));
        var (_, stdout, _) = Tool.RunIn(folder, "check", "a", "b", "--format", "json");
        using var json = JsonDocument.Parse(stdout);
        var ids = json.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.That(ids, Is.EqualTo(new[] { "a/index.txt", "b/index.txt", "other.txt" }));
    }

    [Test]
    public void IdenticalCopiesAndOneFileNamedTwiceDoNotCrashBaselineOrExtract()
    {
        File.WriteAllText(At("a/index.txt"), Seed("000"));
        File.WriteAllText(At("b/index.txt"), Seed("000"));
        var baseline = Tool.RunIn(folder, "baseline", "a", "b", "a/index.txt", "--output", At("baseline.json"));
        var extract = Tool.RunIn(folder, "extract", "a", "b", "--format", "jsonl");
        var ids = extract.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!["id"]!.GetValue<string>()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(baseline.Exit, Is.EqualTo(0), baseline.Stderr);
            Assert.That(baseline.Stderr, Does.Contain("a/index.txt: warning: the same file as a/index.txt; read once"));
            Assert.That(extract.Exit, Is.EqualTo(0), extract.Stderr);
            Assert.That(ids, Is.Unique);
        });
    }

    private string Lines(params string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            File.WriteAllText(At($"texts/{prefix}.txt"), Seed(prefix));
        }

        var (exit, stdout, stderr) = Tool.Run("extract", Path.Combine(folder, "texts"), "--format", "jsonl");
        Assert.That(exit, Is.EqualTo(0), stderr);
        return stdout;
    }

    [Test]
    public void APartIncludedTwiceInCheckAssertionsIsCheckedOnceWithANote()
    {
        var lines = Lines("000", "001");
        File.WriteAllText(At("all.jsonl"), lines + lines);
        File.WriteAllText(At("once.jsonl"), lines);
        var twice = Tool.Run("check", "--assertions", At("all.jsonl"), "--format", "json");
        var once = Tool.Run("check", "--assertions", At("once.jsonl"), "--format", "json");
        var count = lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.Multiple(() =>
        {
            Assert.That(twice.Exit, Is.EqualTo(once.Exit), twice.Stderr);
            Assert.That(twice.Stderr, Does.Contain($"all.jsonl: warning: {count} lines repeated an earlier line exactly (the first is line {count + 1}); each assertion was checked once"));
            Assert.That(JsonNode.Parse(twice.Stdout)!["findings"]!.ToJsonString(), Is.EqualTo(JsonNode.Parse(once.Stdout)!["findings"]!.ToJsonString()));
        });
    }

    [Test]
    public void TwoDifferentAssertionsWithOneIdAreANoteAndTheFirstIsChecked()
    {
        var first = Lines("000").Split('\n')[0];
        var other = JsonNode.Parse(first)!;
        other["quote"] = "Something else entirely.";
        File.WriteAllText(At("clash.jsonl"), first + "\n" + other.ToJsonString() + "\n");
        var (exit, stdout, stderr) = Tool.Run("check", "--assertions", At("clash.jsonl"), "--format", "json");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2), stderr);
            Assert.That(stderr, Does.Contain($"clash.jsonl:2: skipped: not checked: the assertion id '{other["id"]}' is taken by line 1, which says something else"));
            Assert.That(JsonNode.Parse(stdout)!["assertions"]!.AsArray(), Has.Count.EqualTo(1));
        });
    }

    [TestCase("subject", "\"naloxone\"", "subject 'naloxone' is not an entity of the pack 'ketamine'")]
    [TestCase("predicate", "\"half-life\"", "predicate 'half-life' is not defined in the pack 'ketamine'")]
    [TestCase("qualifiers", "{\"jurisdiction\":\"mars\"}", "'mars' is not a value of the qualifier 'jurisdiction'")]
    [TestCase("qualifiers", "{\"planet\":\"mars\"}", "qualifier 'planet' is not defined in the pack 'ketamine'")]
    [TestCase("qualifiers", "{\"jurisdiction\":5}", "qualifier 'jurisdiction' must be a string, not a number")]
    [TestCase("quote", "5", "'quote' must be a string, not a number")]
    [TestCase("quote", "\"\\ud800\"", "lone surrogate")]
    [TestCase("subjectInferred", "\"yes\"", "'subjectInferred' must be true or false, not a string")]
    [TestCase("date", "[]", "'date' must be an object, not a list")]
    [TestCase("author", "\"someone\"", "unknown field 'author' (use one of: id, source,")]
    [TestCase("line", "-5", "'line' and 'column' start at 1, not -5:")]
    [TestCase("line", "0", "'line' and 'column' start at 1, not 0:")]
    [TestCase("column", "0", "'line' and 'column' start at 1, not ")]
    public void AnAssertionLineWithAFieldThePackOrTheShapeDoesNotAllowIsANoteAndTheOthersAreChecked(string field, string json, string says)
    {
        var lines = Lines("000", "001").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var bad = JsonNode.Parse(lines[0])!;
        // The value goes into the text as given, so that a lone surrogate reaches the reader as it would from a file.
        bad[field] = "@value@";
        File.WriteAllLines(At("bad.jsonl"), [bad.ToJsonString().Replace("\"@value@\"", json, StringComparison.Ordinal), .. lines[1..]]);
        var (exit, stdout, stderr) = Tool.Run("check", "--assertions", At("bad.jsonl"), "--format", "sarif");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2), stderr);
            Assert.That(stderr, Does.Contain($"bad.jsonl:1: skipped: ").And.Contain(says));
            Assert.That(stderr, Does.Not.Contain("unexpected error"));
            Assert.That(stdout, Does.Contain("\"ruleId\""), "the other lines were checked");
            Assert.That(stdout, Does.Not.Contain("\"startLine\": -").And.Not.Contain("\"startLine\": 0"));
        });
    }
}
