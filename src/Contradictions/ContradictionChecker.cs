using Contradictions.Claims;
using Contradictions.Packs;
using Contradictions.Reporting;
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

    internal ContradictionChecker(RulePack pack)
    {
        this.pack = pack;
        extractor = new ClaimExtractor(pack);
        var context = new RuleContext(pack.Entities, pack.Predicates, pack.Qualifiers, pack.Facts.ToDictionary(f => f.Id, f => f.Url, StringComparer.Ordinal));
        engine = new RuleEngine(pack.Rules, context);
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
    /// Checks the sources, carrying notes about inputs that could not be read into the report. Sources are read as
    /// the check goes, several at once, and each text is let go once its assertions are read: a lazy sequence of
    /// sources (files opened as they are asked for) checks a corpus larger than memory.
    /// </summary>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public Report Check(IEnumerable<SourceDocument> sources, IEnumerable<InputNote> notes)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(notes);
        var extracted = new System.Collections.Concurrent.ConcurrentBag<(long Index, SourceSummary Summary, string? Path, IReadOnlyList<Assertion> Assertions, List<string> Trouble)>();
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(sources, System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering),
            (source, _, index) =>
            {
                var trouble = new List<string>();
                var assertions = extractor.Extract(source, trouble);
                extracted.Add((index, new SourceSummary(source.Id, source.Title, source.Publisher, source.Published, assertions.Count), source.Path, assertions, trouble));
            });
        var ordered = extracted
            .OrderBy(e => e.Summary.Id, StringComparer.Ordinal)
            .ThenBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Index)
            .ToList();
        return Judge(
            ordered.Select(e => e.Summary).ToList(),
            ordered.SelectMany(e => e.Assertions).ToList(),
            notes.Concat(ordered.SelectMany(e => e.Trouble.Select(t => new InputNote(e.Summary.Id, t)))));
    }

    /// <summary>
    /// Checks assertions read elsewhere (for example with <see cref="Reporting.Json.AssertionJsonReader"/> from
    /// <c>extract --format jsonl</c>), without their texts. The pack's reference facts take part as in
    /// <see cref="Check(IEnumerable{SourceDocument}, IEnumerable{InputNote})"/>; reference facts in the input are left
    /// out, so that they do not count twice. Sources are known only by id, which stands in for their titles.
    /// </summary>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public Report CheckAssertions(IEnumerable<Assertion> assertions, IEnumerable<InputNote> notes)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        ArgumentNullException.ThrowIfNull(notes);
        var ordered = assertions.Where(a => !a.IsReference).OrderBy(a => a.SourceId, StringComparer.Ordinal).ToList();
        var sources = ordered
            .GroupBy(a => a.SourceId, StringComparer.Ordinal)
            .Select(g => new SourceSummary(g.Key, g.Key, null, null, g.Count()))
            .ToList();
        return Judge(sources, ordered, notes);
    }

    /// <summary>Runs the rules over the assertions and the pack's reference facts, and makes the report.</summary>
    private Report Judge(IReadOnlyList<SourceSummary> sources, IReadOnlyList<Assertion> assertions, IEnumerable<InputNote> notes)
    {
        var references = pack.Facts.SelectMany(f => f.Claims).ToList();
        var (findings, corroborations) = engine.Run([.. assertions, .. references]);
        var cited = findings.SelectMany(f => f.Evidence).Concat(corroborations.SelectMany(c => c.Evidence))
            .Where(e => e.Reference).Select(e => e.Source).ToHashSet(StringComparer.Ordinal);
        return new Report(
            pack.Name,
            sources,
            assertions,
            findings,
            corroborations,
            pack.Facts.Where(f => cited.Contains(f.Id)).ToList(),
            notes.OrderBy(n => n.Input, StringComparer.Ordinal).ThenBy(n => n.Message, StringComparer.Ordinal).ToList());
    }
}
