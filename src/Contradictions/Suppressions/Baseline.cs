using System.Text.Json;
using System.Text.Json.Nodes;
using Contradictions.Reporting;

namespace Contradictions.Suppressions;

/// <summary>
/// Findings already reviewed, by their stable ids (the rule and what is in conflict, never line numbers), so a CI
/// run fails only on new conflicts. Written by <c>contradictions baseline</c>, read by <c>check --baseline</c>.
/// </summary>
public sealed class Baseline
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, IndentSize = 2 };
    private readonly SortedDictionary<string, string> messages;

    private Baseline(SortedDictionary<string, string> messages) => this.messages = messages;

    /// <summary>The file the baseline was read from, as given to <see cref="ReadFile"/>; null for one read from text or made from a report.</summary>
    public string? Path { get; private init; }

    /// <summary>The ids of the findings in the baseline.</summary>
    public IReadOnlyCollection<string> FindingIds => messages.Keys;

    /// <summary>True when the finding with this id was in the baseline.</summary>
    public bool Contains(string findingId) => messages.ContainsKey(findingId);

    /// <summary>A baseline of every finding in the report, suppressed ones included.</summary>
    public static Baseline FromReport(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var messages = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var finding in report.Findings.Concat(report.Suppressed.Select(s => s.Finding)))
        {
            messages[finding.Id] = finding.Message;
        }

        return new Baseline(messages);
    }

    private static string? Text(JsonObject finding, string key, int index) => finding[key] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => throw new FormatException($"the '{key}' of finding {index} of 'findings' must be a string"),
    };

    /// <summary>The largest baseline file read, in bytes (16 MiB): a baseline of 100,000 findings needs about a tenth of it.</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;

    /// <summary>Reads the baseline file at <paramref name="path"/>; reports name it as given.</summary>
    /// <exception cref="FormatException">When the file is not a baseline: the message says where.</exception>
    /// <exception cref="IOException">When the file cannot be read, is not a regular file or is larger than <see cref="MaxFileBytes"/>.</exception>
    /// <exception cref="UnauthorizedAccessException">When permissions forbid reading the file.</exception>
    public static Baseline ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var baseline = Read(Files.LimitedFile.ReadAllText(path, MaxFileBytes, "a baseline"));
        return new Baseline(baseline.messages) { Path = path };
    }

    /// <summary>Reads a baseline from its text.</summary>
    /// <exception cref="FormatException">When the text is not a baseline: the message says where.</exception>
    public static Baseline Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var root = JsonNode.Parse(json) as JsonObject ?? throw new FormatException("a baseline is a JSON object with a 'findings' array");
            var findings = root["findings"] as JsonArray ?? throw new FormatException("a baseline needs a 'findings' array");
            var messages = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var item in findings)
            {
                index++;
                var finding = item as JsonObject ?? throw new FormatException($"finding {index} of 'findings' is not an object with an 'id' and a 'message'");
                var id = Text(finding, "id", index) ?? throw new FormatException($"finding {index} of 'findings' needs an 'id'");
                messages[id] = Text(finding, "message", index) ?? string.Empty;
            }

            return new Baseline(messages);
        }
        catch (JsonException e)
        {
            throw new FormatException($"line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {e.Message}", e);
        }
    }

    /// <summary>Writes the baseline as JSON, ids in order, so that it diffs well under version control.</summary>
    public void Write(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var root = new JsonObject
        {
            ["version"] = 1,
            ["findings"] = new JsonArray(messages.Select(m => (JsonNode)new JsonObject { ["id"] = m.Key, ["message"] = m.Value }).ToArray()),
        };
        output.Write(root.ToJsonString(Indented).ReplaceLineEndings("\n"));
        output.Write('\n');
    }
}
