using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Contradictions.Claims;
using Contradictions.Packs;
using Contradictions.Reliability;
using Contradictions.Rules;

namespace Contradictions.Reporting.Json;

/// <summary>
/// The JSON report: a contract others build on. Top level <c>sources</c>, <c>assertions</c>, <c>findings</c>;
/// each finding has <c>rule</c>, <c>severity</c>, <c>message</c>, <c>evidence</c>; each evidence item has
/// <c>source</c>, <c>line</c>, <c>column</c>, <c>quote</c>, and <c>"reference": true</c> for a reference fact.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public void Write(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        // Written as it goes, item by item: a crawl's report is far larger than any one part of it.
        StreamingJson.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("pack", report.Pack);
            json.Array("sources", report.Sources, WriteSource);
            json.Array("assertions", report.Assertions, WriteAssertion);
            json.Array("findings", report.Findings, WriteFinding);
            json.Array("corroborations", report.Corroborations, WriteCorroboration);
            json.Array("histories", report.Histories, WriteHistory);
            json.Array("references", report.References, (j, r) =>
            {
                j.WriteStartObject();
                j.WriteString("id", r.Id);
                j.WriteString("statement", r.Statement);
                j.WriteString("url", r.Url);
                j.WriteString("kind", FactKinds.Id(r.Kind));
                if (r.Also.Count > 0)
                {
                    j.Strings("also", r.Also);
                }

                j.WriteEndObject();
            });
            json.Array("reliability", report.Reliability, WriteScore);
            json.Array("suppressed", report.Suppressed, (j, x) =>
            {
                j.WriteStartObject();
                j.WriteString("id", x.Finding.Id);
                j.WriteString("rule", x.Finding.Rule);
                j.WriteString("severity", Word(x.Finding.Severity));
                j.WriteString("message", x.Finding.Message);
                j.WriteString("reason", x.Reason);
                j.WriteEndObject();
            });
            json.Array("notes", report.Notes, (j, n) =>
            {
                j.WriteStartObject();
                j.WriteString("input", n.Input);
                j.WriteString("kind", Word(n.Kind));
                j.WriteString("message", n.Message);
                j.WriteEndObject();
            });
            json.WriteEndObject();
        });
    }

    /// <summary>One assertion as JSON, the same shape in reports and in <c>extract --format json</c>.</summary>
    public static JsonObject ToJson(Assertion a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, StreamingJson.Options))
        {
            WriteAssertion(json, a);
        }

        return JsonNode.Parse(buffer.WrittenSpan)!.AsObject();
    }

    private static void WriteSource(Utf8JsonWriter json, SourceSummary s)
    {
        json.WriteStartObject();
        json.WriteString("id", s.Id);
        json.WriteString("title", s.Title);
        json.StringIfAny("publisher", s.Publisher);
        json.StringIfAny("published", s.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.StringIfAny("url", s.Url);
        json.WriteNumber("assertions", s.Assertions);
        json.WriteEndObject();
    }

    private static void WriteAssertion(Utf8JsonWriter json, Assertion a)
    {
        json.WriteStartObject();
        json.WriteString("id", a.Id);
        json.WriteString("source", a.SourceId);
        json.StringIfAny("file", a.File);
        json.WriteNumber("line", a.Location.Line);
        json.WriteNumber("column", a.Location.Column);
        json.WriteNumber("offset", a.Location.Offset);
        json.WriteNumber("length", a.Location.Length);
        json.WriteString("subject", a.Subject);
        json.WriteString("subjectText", a.SubjectText);
        json.TrueIfSet("subjectInferred", a.SubjectInferred);
        json.WriteString("predicate", a.Predicate);
        json.StringIfAny("value", a.Value?.Normalized);
        json.StringIfAny("valueText", a.Value?.Text);
        json.StringIfAny("object", a.ObjectEntity);
        if (a.Date is { } d)
        {
            json.WriteStartObject("date");
            json.StringIfAny("text", a.DateText);
            json.WriteString("start", d.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("end", d.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }
        else if (a.DateText is { } open)
        {
            // A relative date with no publication date to count from is left open: its words, no interval.
            json.WriteStartObject("date");
            json.WriteString("text", open);
            json.WriteBoolean("open", true);
            json.WriteEndObject();
        }

        if (a.Factor is { } factor)
        {
            json.WriteStartObject("factor");
            json.WriteString("text", factor.Text);
            json.WriteNumber("low", factor.Low);
            json.WriteNumber("high", factor.High);
            json.WriteEndObject();
        }

        if (a.Qualifiers.Count > 0)
        {
            json.WriteStartObject("qualifiers");
            foreach (var q in a.Qualifiers)
            {
                json.WriteString(q.Name, q.Value);
            }

            json.WriteEndObject();
        }

        json.WriteString("polarity", Word(a.Polarity));
        json.WriteString("modality", Word(a.Modality));
        if (a.Bound != TimeBound.None)
        {
            json.WriteString("holds", Word(a.Bound));
        }

        if (a.Published is { } published)
        {
            json.WriteString("published", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        json.WriteString("pattern", a.Pattern);
        json.TrueIfSet("reference", a.IsReference);
        json.WriteString("quote", a.Quote);
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding f)
    {
        json.WriteStartObject();
        json.WriteString("id", f.Id);
        json.WriteString("rule", f.Rule);
        json.WriteString("severity", Word(f.Severity));
        json.WriteString("topic", f.Topic);
        json.WriteString("message", f.Message);
        json.WriteString("reason", f.Reason);
        json.StringIfAny("referenceSupports", f.ReferenceSupports);
        json.StringIfAny("gradedLower", f.GradedLower);
        json.Strings("selfContradicting", f.SelfContradicting);
        json.Array("evidence", f.Evidence, WriteEvidence);
        json.WriteEndObject();
    }

    private static void WriteCorroboration(Utf8JsonWriter json, Corroboration c)
    {
        json.WriteStartObject();
        json.WriteString("topic", c.Topic);
        json.WriteString("statement", c.Statement);
        json.WriteNumber("sources", c.Sources);
        json.WriteNumber("facts", c.Facts);
        if (c.DisputedBy.Count > 0)
        {
            json.Strings("disputedBy", c.DisputedBy);
        }

        json.Array("evidence", c.Evidence, WriteEvidence);
        json.WriteEndObject();
    }

    private static void WriteHistory(Utf8JsonWriter json, History h)
    {
        json.WriteStartObject();
        json.WriteString("topic", h.Topic);
        json.WriteString("subject", h.Subject);
        json.Array("steps", h.Steps, (j, s) =>
        {
            j.WriteStartObject();
            j.WriteString("holds", s.Holds);
            j.WriteString("statement", s.Statement);
            j.Array("evidence", s.Evidence, WriteEvidence);
            j.WriteEndObject();
        });
        json.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter json, Evidence e)
    {
        json.WriteStartObject();
        json.WriteString("side", e.Side);
        json.WriteString("source", e.Source);
        json.StringIfAny("file", e.File);
        json.WriteNumber("line", e.Line);
        json.WriteNumber("column", e.Column);
        json.WriteString("quote", e.Quote);
        json.WriteString("assertion", e.Assertion);
        json.TrueIfSet("reference", e.Reference);
        json.StringIfAny("url", e.Url);
        json.StringIfAny("kind", FactKindWords.Of(e));
        json.StringIfAny("modality", e.Modality == Modality.States ? null : Word(e.Modality));
        json.WriteEndObject();
    }

    private static void WriteScore(Utf8JsonWriter json, SourceScore r)
    {
        json.WriteStartObject();
        json.WriteString("source", r.Source);
        json.WriteNumber("trust", r.Trust);
        json.WriteNumber("claims", r.Claims);
        json.Array("reasons", r.Reasons, (j, reason) =>
        {
            j.WriteStartObject();
            j.WriteString("assertion", reason.Assertion);
            j.WriteNumber("line", reason.Line);
            j.WriteString("statement", reason.Statement);
            j.WriteNumber("confidence", reason.Confidence);
            j.WriteEndObject();
        });
        json.WriteEndObject();
    }

    private static string Word<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
