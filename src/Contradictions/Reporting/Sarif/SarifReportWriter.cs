using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Contradictions.Reporting.Json;
using Contradictions.Rules;
using Contradictions.Reporting.Text;
using Humanizer;

namespace Contradictions.Reporting.Sarif;

/// <summary>
/// The SARIF 2.1.0 report, for GitHub code scanning and other SARIF viewers: every rule of the pack under
/// <c>tool.driver.rules</c>; one result per finding, located at its first article's claim, with every other side as a
/// related location linked from the message; <c>partialFingerprints</c> that stay the same from run to run.
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    /// <summary>The address of the SARIF 2.1.0 schema the output follows.</summary>
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <summary>The key of the finding id in each result's <c>partialFingerprints</c>.</summary>
    public const string FingerprintKey = "contradictionsFinding/v1";

    // What each rule kind forbids, for the rules' help; the kinds are the engine's closed list.
    private static readonly Dictionary<string, string> KindHelp = new(StringComparer.Ordinal)
    {
        ["exclusive-values"] = "Claims about the same subject must not give different values (or dates, or authorities) for it.",
        ["polarity"] = "A claim must not be stated in one place and denied in another.",
        ["attribution"] = "One event must not be credited to different subjects that are related but not the same.",
    };

    private readonly string baseDirectory;

    /// <summary>Writes artifact addresses relative to the current directory.</summary>
    public SarifReportWriter()
        : this(Environment.CurrentDirectory)
    {
    }

    /// <summary>Writes artifact addresses relative to <paramref name="baseDirectory"/>, usually the repository root.</summary>
    /// <param name="baseDirectory">The folder addresses are relative to.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="baseDirectory"/> is null.</exception>
    public SarifReportWriter(string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(baseDirectory);
        this.baseDirectory = Path.GetFullPath(baseDirectory);
    }

    /// <inheritdoc/>
    public void Write(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var rules = RulesOf(report);
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        // Every article quote is placed: the files of sources whose texts were let go are read again, once each, first.
        var locator = new EvidenceLocator(report, report.Findings.SelectMany(f => f.Evidence), withContext: false);

        // The log is written as it goes: each result is built and written alone, never the whole log at once.
        StreamingJson.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WritePropertyName("tool");
            new JsonObject
            {
                ["driver"] = new JsonObject
                {
                    ["name"] = "Contradictions",
                    ["semanticVersion"] = ToolVersion(),
                    ["rules"] = new JsonArray(rules.Select(Rule).ToArray()),
                },
            }.WriteTo(json);
            json.WriteStartArray("invocations");
            Invocation(report).WriteTo(json);
            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.Array("results", report.Findings, (j, f) => Result(j, f, ruleIndex[f.Rule], locator));
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>The pack's rules, plus any rule a finding names that the report does not describe (a report built by hand).</summary>
    private static List<RuleDescriptor> RulesOf(Report report)
    {
        var rules = report.Rules.ToList();
        var known = rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var finding in report.Findings.Where(f => known.Add(f.Rule)))
        {
            rules.Add(new RuleDescriptor(finding.Rule, string.Empty, finding.Severity, string.Empty, finding.Topic, string.Empty));
        }

        return rules;
    }

    private static JsonNode Rule(RuleDescriptor rule)
    {
        var topic = rule.Topic.Transform(To.SentenceCase);
        var description = rule.Description.Length > 0 ? rule.Description : $"Sources disagree on {rule.Topic}.";
        var kindHelp = KindHelp.GetValueOrDefault(rule.Kind);
        var help = string.Join(
            ' ',
            new[]
            {
                description,
                kindHelp,
                "Each result quotes every side with its source and line; where the rule pack holds a reference fact, it is quoted with the address it can be checked at.",
                "Correct the source that is wrong; if both are right, make the claims precise enough (a date, a use, an authority) that they no longer collide.",
            }.Where(s => !string.IsNullOrEmpty(s)));
        var properties = new JsonObject
        {
            ["tags"] = new JsonArray(new[] { rule.Kind, rule.Predicate }.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).Select(t => (JsonNode)t).ToArray()),
            ["topic"] = rule.Topic,
        };
        return new JsonObject
        {
            ["id"] = rule.Id,
            ["name"] = rule.Id.Replace('-', ' ').Pascalize(),
            ["shortDescription"] = Text($"{topic}: {FirstSentence(description)}"),
            ["fullDescription"] = Text(description),
            ["help"] = Text(help),
            ["defaultConfiguration"] = new JsonObject { ["level"] = Level(rule.Severity) },
            ["properties"] = properties,
        };
    }

    private static JsonObject Invocation(Report report)
    {
        var invocation = new JsonObject { ["executionSuccessful"] = report.Notes.Count == 0 };
        if (report.Notes.Count > 0)
        {
            invocation["toolExecutionNotifications"] = new JsonArray(report.Notes.Select(n => (JsonNode)new JsonObject
            {
                ["level"] = "error",
                ["message"] = Text($"{n.Input}: {n.Message}"),
            }).ToArray());
        }

        return invocation;
    }

    /// <summary>One result, written as it is made: a finding may have a related location for every claim of a crawl.</summary>
    private void Result(Utf8JsonWriter json, Finding finding, int ruleIndex, EvidenceLocator locator)
    {
        // One reading of the evidence, compared by reference below: an evidence list may make its items as it is read.
        var evidence = finding.Evidence.ToList();

        // The alert stands at the claim most likely wrong: an article on a side no reference fact backs; failing
        // that, the first article. A finding backed only by reference facts has no location in an article.
        var referenced = evidence.Where(e => e.Reference).Select(e => e.Side).ToHashSet(StringComparer.Ordinal);
        var primary = evidence.FirstOrDefault(e => !e.Reference && !referenced.Contains(e.Side))
            ?? evidence.FirstOrDefault(e => !e.Reference);
        var related = evidence.Where(e => !ReferenceEquals(e, primary)).ToList();
        var linkOf = related.Select((e, i) => (Evidence: e, Id: i + 1)).ToDictionary(l => (object)l.Evidence, l => l.Id, ReferenceEqualityComparer.Instance);

        // The message cites the first quotes of each side and counts the rest; relatedLocations lists every one.
        var message = new StringBuilder(EscapeMessage(finding.Message));
        message.Append(" Sides: ");
        message.Append(string.Join("; ", evidence.GroupBy(e => e.Side, StringComparer.Ordinal).Select(side =>
            EscapeMessage(side.Key) + ": " + string.Join(", ", side.Take(TextReportWriter.QuotesPerSide).Select(e => ReferenceEquals(e, primary)
                ? "here"
                : $"[{EscapeMessage(Cite(e))}]({linkOf[e].ToString(CultureInfo.InvariantCulture)})"))
            + (side.Count() > TextReportWriter.QuotesPerSide ? $" and {side.Count() - TextReportWriter.QuotesPerSide} more" : string.Empty))));
        message.Append('.');
        if (finding.GradedLower is { } why)
        {
            message.Append(" Graded lower: ").Append(EscapeMessage(why)).Append('.');
        }

        json.WriteStartObject();
        json.WriteString("ruleId", finding.Rule);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(finding.Severity));
        Text(json, "message", message.ToString());
        if (primary is not null)
        {
            json.WriteStartArray("locations");
            Location(json, primary, locator, id: null);
            json.WriteEndArray();
        }

        if (related.Count > 0)
        {
            json.Array("relatedLocations", related, (j, e) => Location(j, e, locator, linkOf[e]));
        }

        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, finding.Id);
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("topic", finding.Topic);
        json.Strings("selfContradicting", finding.SelfContradicting);
        json.StringIfAny("gradedLower", finding.GradedLower);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void Location(Utf8JsonWriter json, Evidence evidence, EvidenceLocator locator, int? id)
    {
        json.WriteStartObject();
        if (id is { } value)
        {
            json.WriteNumber("id", value);
        }

        json.WriteStartObject("physicalLocation");
        if (evidence.Reference)
        {
            ArtifactLocation(json, evidence.Url ?? evidence.Source);
            json.WriteEndObject();
            Text(json, "message", $"{evidence.Side}: reference {evidence.Source}{FactKindWords.Parenthesized(evidence)}: \u201C{evidence.Quote}\u201D");
            json.WriteEndObject();
            return;
        }

        ArtifactLocation(json, Uri(locator, evidence));
        var span = locator.Span(evidence);
        json.WriteStartObject("region");
        if (span is null)
        {
            json.WriteNumber("startLine", evidence.Line);
            json.WriteNumber("startColumn", evidence.Column);
        }
        else
        {
            // The span takes in the claim's qualifiers, which may stand before the matched words.
            Lines(json, span.Match, span.MatchEnd);
            json.WriteNumber("charOffset", span.Match.Offset);
            json.WriteNumber("charLength", span.Match.Length);
            Text(json, "snippet", span.Snippet);
        }

        json.WriteEndObject();
        if (span is not null)
        {
            json.WriteStartObject("contextRegion");
            Lines(json, span.Sentence, span.SentenceEnd);
            Text(json, "snippet", evidence.Quote);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        Text(json, "message", $"{evidence.Side}{ModalityWords.Parenthesized(evidence)}: \u201C{evidence.Quote}\u201D");
        json.WriteEndObject();
    }

    /// <summary>A region's start and end, as lines and columns.</summary>
    private static void Lines(Utf8JsonWriter json, Contradictions.Text.SourceLocation start, Contradictions.Text.SourceLocation end)
    {
        json.WriteNumber("startLine", start.Line);
        json.WriteNumber("startColumn", start.Column);
        json.WriteNumber("endLine", end.Line);
        json.WriteNumber("endColumn", end.Column);
    }

    private static void ArtifactLocation(Utf8JsonWriter json, string uri)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>The article's path relative to the base folder, with forward slashes and each segment escaped.</summary>
    private string Uri(EvidenceLocator locator, Evidence evidence)
    {
        // A claim of a sidecar's title stands in the sidecar, beside the article.
        var path = locator.Path(evidence) is { } article && evidence.File is { } file ? Path.Combine(Path.GetDirectoryName(article) ?? string.Empty, file) : locator.Path(evidence);
        var relative = path is null ? evidence.Place : Path.GetRelativePath(baseDirectory, Path.GetFullPath(path));
        return string.Join('/', relative.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));
    }

    private static string Cite(Evidence e) => e.Reference ? $"reference {e.Source}{FactKindWords.Parenthesized(e)}" : $"{e.Place}:{e.Line}:{e.Column}";

    private static JsonObject Text(string text) => new() { ["text"] = text };

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>SARIF reads <c>[text](id)</c> in a message as a link; brackets from the finding itself must not be.</summary>
    private static string EscapeMessage(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }

    /// <summary>The library's version without build metadata, so the same release always writes the same log.</summary>
    private static string ToolVersion()
    {
        var assembly = typeof(SarifReportWriter).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var version = informational ?? assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
