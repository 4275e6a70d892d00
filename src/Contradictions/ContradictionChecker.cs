using Contradictions.Claims;
using Contradictions.Packs;
using Contradictions.Reliability;
using Contradictions.Reporting;
using Contradictions.Suppressions;
using Contradictions.Rules;
using Contradictions.Text;

namespace Contradictions;

/// <summary>
/// Checks sources against each other and against a pack's reference facts. Immutable and thread-safe: build it once
/// with <see cref="ContradictionCheckerBuilder"/> and reuse it.
/// </summary>
public sealed class ContradictionChecker
{
    private readonly RulePack pack;
    private readonly ClaimExtractor extractor;
    private readonly RuleEngine engine;
    private readonly ClaimWording wording;

    private readonly CheckerSettings settings;

    internal ContradictionChecker(RulePack pack, CheckerSettings settings)
    {
        this.pack = pack;
        this.settings = settings;
        extractor = new ClaimExtractor(pack);
        var context = new RuleContext(pack.Entities, pack.Predicates, pack.Qualifiers, pack.Facts.ToDictionary(f => f.Id, StringComparer.Ordinal));
        engine = new RuleEngine(pack.Rules.Where(r => !settings.DisabledRules.Contains(r.Id)).ToList(), context);
        wording = context.Wording;
    }

    /// <summary>The pack this checker uses.</summary>
    public RulePack Pack => pack;

    /// <summary>Reads the assertions of one source, in text order.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="source"/> is null.</exception>
    public IReadOnlyList<Assertion> Extract(SourceDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return extractor.Extract(source);
    }

    /// <summary>Checks the sources; the report does not depend on their order.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="sources"/> is null.</exception>
    public Report Check(params IEnumerable<SourceDocument> sources) => Check(sources, []);

    /// <summary>
    /// Reads the articles at <paramref name="paths"/> (files, or folders: every <c>*.txt</c> and <c>*.md</c> below them)
    /// and checks them. A path that cannot be read does not throw: it becomes a note in the report.
    /// </summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="cancellationToken">Stops reading and checking.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="paths"/> is null.</exception>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public async Task<Report> CheckAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var (sources, notes) = await SourceFiles.ReadAsync(paths, cancellationToken).ConfigureAwait(false);
        return Check(sources, notes, cancellationToken);
    }

    /// <summary>
    /// Checks the sources, carrying notes about inputs that could not be read into the report. Sources are read as
    /// the check goes, several at once: a lazy sequence of sources (files opened as they are asked for) checks a
    /// corpus larger than memory when the checker was built not to keep the texts.
    /// </summary>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public Report Check(IEnumerable<SourceDocument> sources, IEnumerable<InputNote> notes) => Check(sources, notes, CancellationToken.None);

    /// <summary>Checks the sources, carrying notes about inputs that could not be read into the report; cancellable between sources.</summary>
    /// <param name="sources">The articles.</param>
    /// <param name="notes">Inputs that could not be read, to list in the report.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public Report Check(IEnumerable<SourceDocument> sources, IEnumerable<InputNote> notes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(notes);
        var extracted = new System.Collections.Concurrent.ConcurrentBag<Extracted>();
        var pool = new StringPool();
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(sources, System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering),
            options,
            (source, _, index) =>
            {
                var trouble = new List<string>();
                var assertions = extractor.Extract(source, trouble, pool);
                extracted.Add(new Extracted(
                    index,
                    new SourceSummary(source.Id, source.Title, source.Publisher, source.Published, assertions.Count) { Url = source.Url },
                    settings.KeepTexts ? source : null,
                    !settings.KeepTexts && source.Path is { } path ? SourceFile.Of(source.Id, path, source.Text) : null,
                    source.Path,
                    assertions,
                    InlineSuppressions.Read(source.Text),
                    source.Warnings.Concat(trouble).Select(t => new InputNote(source.Path ?? source.Id, t, InputNoteKind.Warning)).ToList()));
            });
        var ordered = extracted
            .OrderBy(e => e.Summary.Id, StringComparer.Ordinal)
            .ThenBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Index)
            .ToList();
        ordered = WithUniqueIds(ordered);
        var markers = new Dictionary<string, InlineSuppressions>(StringComparer.Ordinal);
        foreach (var e in ordered)
        {
            markers.TryAdd(e.Summary.Id, e.Markers);
        }

        return Judge(
            ordered.Select(e => e.Summary).ToList(),
            ordered.SelectMany(e => e.Assertions).ToList(),
            notes.Concat(ordered.SelectMany(e => e.Notes)),
            markers,
            ordered.Where(e => e.Document is not null).Select(e => e.Document!).ToList()) with
        {
            Files = ordered.Where(e => e.File is not null).Select(e => e.File!).ToList(),
        };
    }

    /// <summary>
    /// Sources given with the same id (two <c>index.txt</c> from different folders, made by a caller with the file name
    /// as id) would mix up their assertions: each later one is renamed <c>ID~2</c>, <c>ID~3</c>..., with a note.
    /// </summary>
    private static List<Extracted> WithUniqueIds(List<Extracted> ordered)
    {
        var taken = ordered.Select(e => e.Summary.Id).ToHashSet(StringComparer.Ordinal);
        if (taken.Count == ordered.Count)
        {
            return ordered;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = new List<Extracted>(ordered.Count);
        foreach (var e in ordered)
        {
            if (seen.Add(e.Summary.Id))
            {
                unique.Add(e);
                continue;
            }

            var id = e.Summary.Id;
            for (var n = 2; !taken.Add(id); n++)
            {
                id = $"{e.Summary.Id}~{n}";
            }

            seen.Add(id);
            var renamed = e.Assertions.Select(a => a with { Id = id + a.Id[a.SourceId.Length..], SourceId = id }).ToList();
            var note = new InputNote(e.Path ?? e.Summary.Id, $"another source has the id {e.Summary.Id}; this one is reported as {id}", InputNoteKind.Warning);
            unique.Add(e with
            {
                Summary = e.Summary with { Id = id },
                Document = e.Document is null ? null : e.Document with { Id = id },
                File = e.File is null ? null : e.File with { Id = id },
                Assertions = renamed,
                Notes = [.. e.Notes, note],
            });
        }

        return unique;
    }

    /// <summary>
    /// What one source gave: kept until every source is read, without its text unless texts are kept; a source read
    /// from a file whose text is let go keeps where to read it again.
    /// </summary>
    private sealed record Extracted(
        long Index,
        SourceSummary Summary,
        SourceDocument? Document,
        SourceFile? File,
        string? Path,
        IReadOnlyList<Assertion> Assertions,
        InlineSuppressions Markers,
        List<InputNote> Notes);

    /// <summary>
    /// Checks assertions read elsewhere (for example with <see cref="Reporting.Json.AssertionJsonReader"/> from
    /// <c>extract --format jsonl</c>), without their texts. The pack's reference facts take part as in
    /// <see cref="Check(IEnumerable{SourceDocument}, IEnumerable{InputNote})"/>; reference facts in the input are left
    /// out, so that they do not count twice. Sources are known only by id, which stands in for their titles, and
    /// inline suppression markers, which live in the texts, do not apply.
    /// </summary>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public Report CheckAssertions(IEnumerable<Assertion> assertions, IEnumerable<InputNote> notes)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        ArgumentNullException.ThrowIfNull(notes);
        var repeated = new List<InputNote>();
        var ordered = assertions
            .Where(a => !a.IsReference)
            .Where(a =>
            {
                if (Validate(a) is not { } problem)
                {
                    return true;
                }

                repeated.Add(new InputNote($"assertion {a.Id}", problem));
                return false;
            })
            .GroupBy(a => a.Id, StringComparer.Ordinal)
            .Select(g =>
            {
                if (g.Skip(1).Any())
                {
                    repeated.Add(new InputNote($"assertion {g.Key}", $"{g.Count()} assertions have this id; the first is checked, the others are left out", InputNoteKind.Warning));
                }

                return g.First();
            })
            .OrderBy(a => a.SourceId, StringComparer.Ordinal)
            .ToList();
        notes = notes.Concat(repeated);
        var sources = ordered
            .GroupBy(a => a.SourceId, StringComparer.Ordinal)
            .Select(g => new SourceSummary(g.Key, g.Key, null, null, g.Count()))
            .ToList();
        return Judge(sources, ordered, notes, new Dictionary<string, InlineSuppressions>(StringComparer.Ordinal), []);
    }

    /// <summary>
    /// What keeps an assertion read elsewhere from being checked with this checker's pack: a subject, object,
    /// predicate, value or qualifier the pack does not define (lines from another pack, or edited by hand), or a line
    /// or column below 1. <see cref="CheckAssertions"/> leaves such assertions out with a note.
    /// </summary>
    /// <param name="assertion">An assertion, for example from <see cref="Reporting.Json.AssertionJsonReader"/>.</param>
    /// <returns>The problem in words, naming the field, or <see langword="null"/> when the assertion can be checked.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="assertion"/> is null.</exception>
    public string? Validate(Assertion assertion)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        var entities = pack.Entities;
        if (assertion.Location.Line < 1 || assertion.Location.Column < 1)
        {
            return $"'line' and 'column' start at 1, not {assertion.Location.Line}:{assertion.Location.Column}";
        }

        if (assertion.Location.Offset < 0 || assertion.Location.Length < 0)
        {
            return "'offset' and 'length' cannot be negative";
        }

        if (!entities.Contains(assertion.Subject))
        {
            return $"subject '{assertion.Subject}' is not an entity of the pack '{pack.Name}'; check it with the pack that extracted it";
        }

        if (!pack.Predicates.TryGetValue(assertion.Predicate, out var predicate))
        {
            return $"predicate '{assertion.Predicate}' is not defined in the pack '{pack.Name}'; check it with the pack that extracted it";
        }

        if (assertion.ObjectEntity is { } other && !entities.Contains(other))
        {
            return $"object '{other}' is not an entity of the pack '{pack.Name}'";
        }

        if (assertion.Value is { } value
            && ((predicate.ValueKind == ValueKind.Enum && !predicate.Values.ContainsKey(value.Normalized))
                || (predicate.ValueKind == ValueKind.Entity && !entities.Contains(value.Normalized))))
        {
            return $"value '{value.Normalized}' is not a value of the predicate '{predicate.Id}' in the pack '{pack.Name}'";
        }

        foreach (var qualifier in assertion.Qualifiers)
        {
            if (!pack.Qualifiers.TryGetValue(qualifier.Name, out var definition))
            {
                return $"qualifier '{qualifier.Name}' is not defined in the pack '{pack.Name}'";
            }

            if (!definition.Contains(qualifier.Value))
            {
                return $"'{qualifier.Value}' is not a value of the qualifier '{qualifier.Name}' in the pack '{pack.Name}'";
            }
        }

        return null;
    }

    /// <summary>Runs the rules over the assertions and the pack's reference facts, and makes the report.</summary>
    private Report Judge(
        IReadOnlyList<SourceSummary> sources,
        IReadOnlyList<Assertion> assertions,
        IEnumerable<InputNote> notes,
        Dictionary<string, InlineSuppressions> markers,
        IReadOnlyList<SourceDocument> documents)
    {
        var references = pack.Facts.SelectMany(f => f.Claims).ToList();
        var result = engine.Run([.. assertions, .. references]);
        var corroborations = result.Corroborations;
        var (findings, suppressed) = Suppress(FindingGrading.Apply(Regrade(result.Findings)), markers, assertions);
        var reliability = TruthFinder.Score(assertions, result.Claims, findings, wording.State);
        var cited = findings.SelectMany(f => f.Evidence).Concat(corroborations.SelectMany(c => c.Evidence)).Concat(result.Histories.SelectMany(h => h.Steps).SelectMany(s => s.Evidence))
            .Where(e => e.Reference).Select(e => e.Source).ToHashSet(StringComparer.Ordinal);
        return new Report(
            pack.Name,
            sources,
            assertions,
            findings,
            corroborations,
            pack.Facts.Where(f => cited.Contains(f.Id)).ToList(),
            notes.OrderBy(n => n.Input, StringComparer.Ordinal).ThenBy(n => n.Message, StringComparer.Ordinal).ToList())
        {
            Reliability = reliability,
            Suppressed = suppressed,
            Histories = result.Histories,
            Rules = pack.RuleDescriptors,
            Documents = documents,
            Baseline = settings.Baseline is { } baseline ? baseline.Path ?? "the baseline" : null,
        };
    }

    private IReadOnlyList<Finding> Regrade(IReadOnlyList<Finding> findings) =>
        settings.Severities.Count == 0
            ? findings
            : findings.Select(f => settings.Severities.TryGetValue(f.Rule, out var severity) ? f with { Severity = severity } : f).ToList();

    /// <summary>Splits findings into those reported and those silenced by an inline marker in an article or by the baseline.</summary>
    private (List<Finding> Active, List<SuppressedFinding> Suppressed) Suppress(IReadOnlyList<Finding> findings, Dictionary<string, InlineSuppressions> markers, IReadOnlyList<Assertion> assertions)
    {
        // Only sources with markers can silence a finding: the offsets of the others' assertions are never asked for.
        var offsets = assertions
            .Where(a => markers.TryGetValue(a.SourceId, out var marked) && marked != InlineSuppressions.None)
            .ToDictionary(a => a.Id, a => a.Offset, StringComparer.Ordinal);
        var active = new List<Finding>();
        var suppressed = new List<SuppressedFinding>();
        foreach (var finding in findings)
        {
            var marked = finding.Evidence
                // A marker stands in the article's text, and a claim of the sidecar's title does not.
                .Where(e => !e.Reference && e.File is null && markers.TryGetValue(e.Source, out var marked) && marked != InlineSuppressions.None)
                .Select(e => (e.Source, Line: markers[e.Source].MarkerLine(finding.Rule, offsets[e.Assertion])))
                .FirstOrDefault(m => m.Line is not null);
            if (marked.Line is { } line)
            {
                suppressed.Add(new SuppressedFinding(finding, $"disabled by a marker at {marked.Source}:{line}"));
            }
            else if (settings.Baseline?.Contains(finding.Id) == true)
            {
                suppressed.Add(new SuppressedFinding(finding, settings.Baseline.Path is { } path ? $"in the baseline {path}" : "in the baseline"));
            }
            else
            {
                active.Add(finding);
            }
        }

        return (active, suppressed);
    }
}
