using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Contradictions.Testing;
using Contradictions.Tests.Support;

namespace Contradictions.Tests;

/// <summary>
/// The README's sample outputs are what the command prints today. Each sample block follows a comment naming the command
/// and what it shows, <c>&lt;!-- sample: check seeds --format markdown | scheduling-authority --&gt;</c>; a stale one fails
/// with the block as it should read, and <c>CONTRADICTIONS_ACCEPT_SNAPSHOTS=1</c> rewrites the README.
/// </summary>
public partial class ReadmeSampleTests
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string ReadmePath => Path.Combine(Repository.Root, "README.md");

    [Test]
    public void TheReadmeHasTheSamplesItShowsOnEachFormat()
    {
        var names = Sample().Matches(File.ReadAllText(ReadmePath)).Select(m => m.Groups["command"].Value.Trim()).ToList();
        Assert.That(names, Is.SupersetOf(new[] { "check seeds", "check seeds --format markdown", "check seeds --format sarif" }));
    }

    [Test]
    public void EverySampleOutputInTheReadmeIsWhatTheCommandPrints()
    {
        var readme = File.ReadAllText(ReadmePath);
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        var stale = new List<string>();
        var updated = Sample().Replace(readme, match =>
        {
            var command = match.Groups["command"].Value.Trim();
            if (!outputs.TryGetValue(command, out var output))
            {
                var run = Tool.Run(command.Split(' '));
                Assert.That(run.Exit, Is.EqualTo(1), $"'{command}' exits with 1 on the seeds: {run.Stderr}");
                outputs[command] = output = run.Stdout;
            }

            var what = match.Groups["what"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var body = match.Groups["body"].Value;
            var expected = command.EndsWith("sarif", StringComparison.Ordinal) ? Sarif(output, what.Single(), body)
                : command.EndsWith("markdown", StringComparison.Ordinal) ? Markdown(output, what.Single())
                : Text(output, what);
            if (expected == body)
            {
                return match.Value;
            }

            stale.Add($"<!-- sample: {command} | {string.Join(' ', what)} --> should read:\n{expected}");
            return match.Value.Replace(body, expected, StringComparison.Ordinal);
        });

        if (stale.Count > 0 && SnapshotFile.AcceptRequested())
        {
            File.WriteAllText(ReadmePath, updated);
            return;
        }

        Assert.That(stale, Is.Empty, $"README.md shows stale output; rerun with {SnapshotFile.AcceptVariable}=1 to rewrite it, then review the diff.");
    }

    [Test]
    public void TheSeedsClaimTableInTheReadmeIsWhatEvaluateGives()
    {
        var readme = File.ReadAllText(ReadmePath);
        var table = ClaimTable().Match(readme);
        Assert.That(table.Success, Is.True, "README.md has the claim table after <!-- sample: evaluate seeds | the claim table -->");
        using var expected = new StringWriter();
        Contradictions.Evaluation.EvaluationMarkdown.WriteClaimTable(Contradictions.Evaluation.Evaluator.Evaluate(Repository.Checker, Repository.Seeds).Claims, expected);
        if (table.Groups["table"].Value != expected.ToString() && SnapshotFile.AcceptRequested())
        {
            File.WriteAllText(ReadmePath, readme.Replace(table.Value, table.Value.Replace(table.Groups["table"].Value, expected.ToString(), StringComparison.Ordinal), StringComparison.Ordinal));
            return;
        }

        Assert.That(table.Groups["table"].Value, Is.EqualTo(expected.ToString()), $"README.md's claim table is stale; rerun with {SnapshotFile.AcceptVariable}=1 to rewrite it, then review the diff.");
    }

    [GeneratedRegex(@"<!-- sample: evaluate seeds \| the claim table -->\n(?<table>(\|[^\n]*\n)+)")]
    private static partial Regex ClaimTable();

    [Test]
    public async Task TheNotesInTheReadmesTableOfBadInputsAreTheOnesTheCommandAndTheLibraryGive()
    {
        var folder = Path.Combine(Path.GetTempPath(), "contradictions-readme-notes-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "no-articles"));
        File.WriteAllText(Path.Combine(folder, "empty.txt"), string.Empty);
        File.WriteAllText(Path.Combine(folder, "blank.txt"), " \n\t\n");
        File.WriteAllBytes(Path.Combine(folder, "photo.txt"), [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]);
        string[] inputs = ["missing.txt", "no-articles", "empty.txt", "blank.txt", "photo.txt"];
        try
        {
            var readme = File.ReadAllText(ReadmePath);
            var cli = Tool.RunIn(folder, ["check", .. inputs]).Stderr;
            var library = await Repository.Checker.CheckAsync(inputs.Select(i => Path.Combine(folder, i)).ToList());
            var notes = library.Notes.Select(n => $"{n.Kind.ToString().ToLowerInvariant()}: {n.Message}").ToList();
            Assert.Multiple(() =>
            {
                foreach (var shown in new[]
                {
                    "skipped: no such file or folder; check the path",
                    "skipped: the folder has no *.txt, *.md or *.html files",
                    "skipped: the file is empty (0 bytes)",
                    "skipped: the file has no text, only white space",
                    "skipped: it looks like a PNG image, not text",
                })
                {
                    Assert.That(readme, Does.Contain($"`{shown}`"), "the README shows it");
                    Assert.That(cli, Does.Contain(": " + shown), "the command gives it");
                    Assert.That(notes, Does.Contain(shown), "the library gives it");
                }
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void ThePackDiagnosticInTheReadmeIsTheOneCheckPackGives()
    {
        // The README shows it for a copy of rules/ with a rule that misspells its predicate; "..." stands for the rest of the list.
        var shown = Regex.Match(File.ReadAllText(ReadmePath), @"```text\n(CTR202 [^\n]*)\.\.\.\)\n```").Groups[1].Value;
        var parent = Path.Combine(Path.GetTempPath(), "contradictions-readme-pack-" + Guid.NewGuid().ToString("N"));
        using var pack = new PackCopy().With("conflicts/bad.yaml", "kind: exclusive-values\npredicate: nmda-acton\n");
        try
        {
            Directory.CreateDirectory(parent);
            Directory.Move(pack.Directory, Path.Combine(parent, "rules"));
            var (exit, _, stderr) = Tool.RunIn(parent, "check-pack", "rules");
            Directory.Move(Path.Combine(parent, "rules"), pack.Directory);
            Assert.Multiple(() =>
            {
                Assert.That(shown, Does.StartWith("CTR202 rules/conflicts/bad.yaml:1:1: "), "README.md shows the diagnostic");
                Assert.That(exit, Is.EqualTo(2));
                Assert.That(stderr, Does.StartWith(shown));
            });
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    // The lines of the named rules' findings, then the summary line.
    private static string Text(string output, string[] rules)
    {
        var lines = output.Split('\n');
        return string.Concat(rules.Select(rule => lines.Single(l => l.Contains($" {rule} [{rule}-", StringComparison.Ordinal)) + "\n"))
            + lines.Last(l => l.Length > 0) + "\n";
    }

    // The summary, then the rule's finding: its line, its table and the reference that decides it.
    private static string Markdown(string output, string rule)
    {
        var lines = output.Split('\n');
        var start = Array.FindIndex(lines, l => l.Contains($"`{rule}` ({rule}-", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("**", StringComparison.Ordinal) || l.StartsWith('#'));
        var finding = lines[start..end].Where((_, i) => true).ToList();
        while (finding[^1].Length == 0)
        {
            finding.RemoveAt(finding.Count - 1);
        }

        var summary = lines.First(l => l.Contains(" sources read, ", StringComparison.Ordinal));
        return string.Join('\n', finding.Prepend(string.Empty).Prepend(summary)) + "\n";
    }

    // The rule's result, cut to the members the README shows, each top-level member on a line of its own.
    private static string Sarif(string output, string rule, string shown)
    {
        var result = JsonNode.Parse(output)!["runs"]![0]!["results"]!.AsArray().Single(r => r!["ruleId"]!.GetValue<string>() == rule)!;
        var shape = JsonNode.Parse(shown)!.AsObject();
        var cut = Cut(result, shape)!.AsObject();
        return "{\n" + string.Join(",\n", cut.Select(p => $"  \"{p.Key}\": {p.Value!.ToJsonString(Compact)}")) + "\n}\n";
    }

    // The members of actual that shape has, recursively; arrays keep as many items as shape shows.
    private static JsonNode? Cut(JsonNode? actual, JsonNode? shape) => (actual, shape) switch
    {
        (JsonObject a, JsonObject s) => new JsonObject(s.Where(p => a.ContainsKey(p.Key)).Select(p => KeyValuePair.Create(p.Key, Cut(a[p.Key], p.Value)))),
        (JsonArray a, JsonArray s) => new JsonArray(a.Take(s.Count).Select((item, i) => Cut(item, s[i])).ToArray()),
        _ => actual?.DeepClone(),
    };

    [GeneratedRegex(@"<!-- sample: (?<command>[^|]+)\|(?<what>[^>]*?) -->\n```\w+\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Sample();
}
