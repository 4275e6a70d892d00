using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Contradictions.Claims;
using Contradictions.Rules;

namespace Contradictions.Reporting.Json;

/// <summary>
/// The JSON report: a contract others build on. Top level <c>sources</c>, <c>assertions</c>, <c>findings</c>;
/// each finding has <c>rule</c>, <c>severity</c>, <c>message</c>, <c>evidence</c>; each evidence item has
/// <c>source</c>, <c>line</c>, <c>column</c>, <c>quote</c>, and <c>"reference": true</c> for a reference fact.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <inheritdoc/>
    public void Write(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var root = new JsonObject
        {
            ["pack"] = report.Pack,
            ["sources"] = Array(report.Sources, s => new JsonObject
            {
                ["id"] = s.Id,
                ["title"] = s.Title,
                ["publisher"] = s.Publisher,
                ["published"] = s.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["url"] = s.Url,
                ["assertions"] = s.Assertions,
            }),
            ["assertions"] = Array(report.Assertions, ToJson),
            ["findings"] = Array(report.Findings, f => new JsonObject
            {
                ["id"] = f.Id,
                ["rule"] = f.Rule,
                ["severity"] = Word(f.Severity),
                ["topic"] = f.Topic,
                ["message"] = f.Message,
                ["reason"] = f.Reason,
                ["referenceSupports"] = f.ReferenceSupports,
                ["selfContradicting"] = Array(f.SelfContradicting, s => JsonValue.Create(s)),
                ["evidence"] = Array(f.Evidence, ToJson),
            }),
            ["corroborations"] = Array(report.Corroborations, c => new JsonObject
            {
                ["topic"] = c.Topic,
                ["statement"] = c.Statement,
                ["sources"] = c.Sources,
                ["disputedBy"] = c.DisputedBy.Count == 0 ? null : Array(c.DisputedBy, d => JsonValue.Create(d)),
                ["evidence"] = Array(c.Evidence, ToJson),
            }),
            ["references"] = Array(report.References, r => new JsonObject
            {
                ["id"] = r.Id,
                ["statement"] = r.Statement,
                ["url"] = r.Url,
            }),
            ["reliability"] = Array(report.Reliability, r => new JsonObject
            {
                ["source"] = r.Source,
                ["trust"] = r.Trust,
                ["claims"] = r.Claims,
                ["reasons"] = Array(r.Reasons, reason => new JsonObject
                {
                    ["assertion"] = reason.Assertion,
                    ["line"] = reason.Line,
                    ["statement"] = reason.Statement,
                    ["confidence"] = reason.Confidence,
                }),
            }),
            ["suppressed"] = Array(report.Suppressed, x => new JsonObject
            {
                ["id"] = x.Finding.Id,
                ["rule"] = x.Finding.Rule,
                ["severity"] = Word(x.Finding.Severity),
                ["message"] = x.Finding.Message,
                ["reason"] = x.Reason,
            }),
            ["notes"] = Array(report.Notes, n => new JsonObject { ["input"] = n.Input, ["kind"] = Word(n.Kind), ["message"] = n.Message }),
        };
        output.Write(RemoveNulls(root).ToJsonString(Options).ReplaceLineEndings("\n"));
        output.Write('\n');
    }

    /// <summary>One assertion as JSON, the same shape in reports and in <c>extract --format json</c>.</summary>
    public static JsonObject ToJson(Assertion a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var json = new JsonObject
        {
            ["id"] = a.Id,
            ["source"] = a.SourceId,
            ["line"] = a.Location.Line,
            ["column"] = a.Location.Column,
            ["offset"] = a.Location.Offset,
            ["length"] = a.Location.Length,
            ["subject"] = a.Subject,
            ["subjectText"] = a.SubjectText,
            ["subjectInferred"] = a.SubjectInferred ? true : null,
            ["predicate"] = a.Predicate,
            ["value"] = a.Value?.Normalized,
            ["valueText"] = a.Value?.Text,
            ["object"] = a.ObjectEntity,
            // A relative date with no publication date to count from is left open: its words, no interval.
            ["date"] = a.Date is { } d ? new JsonObject
            {
                ["text"] = a.DateText,
                ["start"] = d.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["end"] = d.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            } : a.DateText is { } open ? new JsonObject { ["text"] = open, ["open"] = true } : null,
            ["qualifiers"] = a.Qualifiers.Count == 0 ? null : new JsonObject(a.Qualifiers.Select(q => KeyValuePair.Create(q.Name, (JsonNode?)JsonValue.Create(q.Value)))),
            ["polarity"] = Word(a.Polarity),
            ["modality"] = Word(a.Modality),
            ["pattern"] = a.Pattern,
            ["reference"] = a.IsReference ? true : null,
            ["quote"] = a.Quote,
        };
        RemoveNulls(json);
        return json;
    }

    private static JsonObject ToJson(Evidence e) => new()
    {
        ["side"] = e.Side,
        ["source"] = e.Source,
        ["line"] = e.Line,
        ["column"] = e.Column,
        ["quote"] = e.Quote,
        ["assertion"] = e.Assertion,
        ["reference"] = e.Reference ? true : null,
        ["url"] = e.Url,
    };

    private static string Word<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonNode?> map) => new(items.Select(map).ToArray());

    private static JsonNode RemoveNulls(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            foreach (var key in obj.Where(p => p.Value is null).Select(p => p.Key).ToList())
            {
                obj.Remove(key);
            }

            foreach (var (_, value) in obj)
            {
                RemoveNulls(value!);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                if (item is not null)
                {
                    RemoveNulls(item);
                }
            }
        }

        return node;
    }
}
