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

    /// <summary>Checks the sources, carrying notes about inputs that could not be read into the report.</summary>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public Report Check(IEnumerable<SourceDocument> sources, IEnumerable<InputNote> notes)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(notes);
        var ordered = sources.OrderBy(s => s.Id, StringComparer.Ordinal).ThenBy(s => s.Path, StringComparer.Ordinal).ToList();
        var extraction = ordered.AsParallel().AsOrdered().Select(source =>
        {
            var trouble = new List<string>();
            var assertions = extractor.Extract(source, trouble);
            return (Assertions: assertions, Notes: source.Warnings.Concat(trouble).Select(t => new InputNote(source.Path ?? source.Id, t, InputNoteKind.Warning)).ToList());
        }).ToList();
        var extracted = extraction.Select(e => e.Assertions).ToList();
        var assertions = extracted.SelectMany(a => a).ToList();
        var references = pack.Facts.SelectMany(f => f.Claims).ToList();
        var (findings, corroborations) = engine.Run([.. assertions, .. references]);
        var cited = findings.SelectMany(f => f.Evidence).Concat(corroborations.SelectMany(c => c.Evidence))
            .Where(e => e.Reference).Select(e => e.Source).ToHashSet(StringComparer.Ordinal);
        return new Report(
            pack.Name,
            ordered.Select((s, i) => new SourceSummary(s.Id, s.Title, s.Publisher, s.Published, extracted[i].Count)).ToList(),
            assertions,
            findings,
            corroborations,
            pack.Facts.Where(f => cited.Contains(f.Id)).ToList(),
            notes.Concat(extraction.SelectMany(e => e.Notes)).OrderBy(n => n.Input, StringComparer.Ordinal).ThenBy(n => n.Message, StringComparer.Ordinal).ToList());
    }
}
