using System.Globalization;
using System.Text.Json;
using Contradictions.Claims;
using Contradictions.Claims.Normalizers;
using Contradictions.Packs;
using Contradictions.Reliability;
using Contradictions.Rules;
using Contradictions.Suppressions;
using Contradictions.Text;

namespace Contradictions.Reporting.Json;

/// <summary>
/// Reads a report written by <see cref="JsonReportWriter"/> back into a <see cref="Report"/>, so that tools can
/// compare, merge or re-render reports. What the JSON does not carry comes back empty: a qualifier's words (its
/// value stands in), the claims of a reference fact, the topic and evidence of a suppressed finding, the pack's rule
/// list and the source texts.
/// </summary>
public static class JsonReportReader
{
    /// <summary>Reads a JSON report.</summary>
    /// <param name="json">The report, as <see cref="JsonReportWriter"/> writes it.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">When the text is not JSON, or not a report: a required name is missing or has the wrong type.</exception>
    public static Report Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        try
        {
            return new Report(
                Text(root, "pack"),
                List(root, "sources", s => new SourceSummary(Text(s, "id"), Text(s, "title"), Optional(s, "publisher"), OptionalDate(s, "published"), s.GetProperty("assertions").GetInt32()) { Url = Optional(s, "url") }),
                List(root, "assertions", AssertionJsonReader.Read),
                List(root, "findings", f => new Finding(
                    Text(f, "id"),
                    Text(f, "rule"),
                    Enum.Parse<Severity>(Text(f, "severity"), ignoreCase: true),
                    Text(f, "topic"),
                    Text(f, "message"),
                    List(f, "evidence", ReadEvidence),
                    List(f, "selfContradicting", s => s.GetString()!))
                {
                    Reason = Optional(f, "reason") ?? string.Empty,
                    ReferenceSupports = Optional(f, "referenceSupports"),
                    GradedLower = Optional(f, "gradedLower"),
                }),
                List(root, "corroborations", c => new Corroboration(
                    Text(c, "topic"),
                    Text(c, "statement"),
                    c.GetProperty("sources").GetInt32(),
                    List(c, "evidence", ReadEvidence),
                    List(c, "disputedBy", d => d.GetString()!))),
                List(root, "references", r => new ReferenceFact(Text(r, "id"), Text(r, "statement"), Text(r, "url"), [])
                {
                    Kind = FactKinds.Parse(Optional(r, "kind")) ?? FactKind.Secondary,
                    Also = List(r, "also", a => a.GetString()!),
                }),
                List(root, "notes", n => new InputNote(
                    Text(n, "input"),
                    Text(n, "message"),
                    Optional(n, "kind") is { } kind ? Enum.Parse<InputNoteKind>(kind, ignoreCase: true) : InputNoteKind.Skipped)))
            {
                Reliability = List(root, "reliability", r => new SourceScore(
                    Text(r, "source"),
                    r.GetProperty("trust").GetDouble(),
                    r.GetProperty("claims").GetInt32(),
                    List(r, "reasons", x => new ScoreReason(Text(x, "assertion"), x.GetProperty("line").GetInt32(), Text(x, "statement"), x.GetProperty("confidence").GetDouble())))),
                Histories = List(root, "histories", h => new History(
                    Text(h, "topic"),
                    Text(h, "subject"),
                    List(h, "steps", s => new HistoryStep(Text(s, "holds"), Text(s, "statement"), List(s, "evidence", ReadEvidence))))),
                Suppressed = List(root, "suppressed", x => new SuppressedFinding(
                    new Finding(Text(x, "id"), Text(x, "rule"), Enum.Parse<Severity>(Text(x, "severity"), ignoreCase: true), string.Empty, Text(x, "message"), [], []),
                    Text(x, "reason"))),
            };
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or ArgumentException or FormatException)
        {
            throw new JsonException($"not a Contradictions report: {e.Message}", e);
        }
    }

    private static Evidence ReadEvidence(JsonElement e) => new(
        Text(e, "side"),
        Text(e, "source"),
        e.GetProperty("line").GetInt32(),
        e.GetProperty("column").GetInt32(),
        Text(e, "quote"),
        Text(e, "assertion"),
        Flag(e, "reference"),
        Optional(e, "url"),
        FactKinds.Parse(Optional(e, "kind")),
        Optional(e, "modality") is { } modality ? Enum.Parse<Modality>(modality, ignoreCase: true) : Modality.States)
    {
        File = Optional(e, "file"),
    };

    private static List<T> List<T>(JsonElement owner, string name, Func<JsonElement, T> read) =>
        owner.TryGetProperty(name, out var array) ? array.EnumerateArray().Select(read).ToList() : [];

    private static string Text(JsonElement owner, string name) => owner.GetProperty(name).GetString()
        ?? throw new JsonException($"'{name}' is null");

    private static string? Optional(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetString() : null;

    private static bool Flag(JsonElement owner, string name) => owner.TryGetProperty(name, out var value) && value.GetBoolean();

    private static DateOnly? OptionalDate(JsonElement owner, string name) => Optional(owner, name) is { } text ? Date(text) : null;

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
