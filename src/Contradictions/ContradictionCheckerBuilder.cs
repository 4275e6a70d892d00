using Contradictions.Packs;

namespace Contradictions;

/// <summary>Configures a <see cref="ContradictionChecker"/>: which rule pack to use. Mutable; <see cref="Build"/> freezes it.</summary>
public sealed class ContradictionCheckerBuilder
{
    private readonly HashSet<string> disabledRules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Rules.Severity> severities = new(StringComparer.Ordinal);
    private Func<RulePack>? load;
    private Suppressions.Baseline? baseline;
    private bool keepTexts = true;

    /// <summary>Uses the default pack embedded in the library (the repository's <c>rules/</c>).</summary>
    public ContradictionCheckerBuilder UseDefaultPack()
    {
        load = RulePackLoader.LoadDefault;
        return this;
    }

    /// <summary>Uses the pack in a folder.</summary>
    /// <param name="directory">The pack folder.</param>
    public ContradictionCheckerBuilder UsePack(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        load = () => RulePackLoader.LoadDirectory(directory);
        return this;
    }

    /// <summary>Uses the pack in a zip archive of a pack folder, read when <see cref="Build"/> is called.</summary>
    /// <param name="archive">The archive's bytes; the caller keeps it open until <see cref="Build"/> and disposes it after.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="archive"/> is null.</exception>
    public ContradictionCheckerBuilder UsePack(Stream archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        load = () => RulePackLoader.LoadArchive(archive);
        return this;
    }

    /// <summary>Uses a pack already loaded.</summary>
    /// <param name="pack">The pack.</param>
    public ContradictionCheckerBuilder UsePack(RulePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        load = () => pack;
        return this;
    }

    /// <summary>Uses several packs as one: a later pack overrides what an earlier one defines with the same id.</summary>
    /// <param name="packs">Pack folders, in order; <see cref="RulePackLoader.DefaultPackName"/> names the embedded pack.</param>
    public ContradictionCheckerBuilder UsePacks(IEnumerable<string> packs)
    {
        ArgumentNullException.ThrowIfNull(packs);
        var list = packs.ToList();
        load = () => RulePackLoader.LoadLayers(list);
        return this;
    }

    /// <summary>Does not run the rule with this id.</summary>
    /// <param name="ruleId">A rule id of the pack.</param>
    public ContradictionCheckerBuilder DisableRule(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        disabledRules.Add(ruleId);
        return this;
    }

    /// <summary>Gives the rule's findings another severity.</summary>
    /// <param name="ruleId">A rule id of the pack.</param>
    /// <param name="severity">The severity its findings get.</param>
    public ContradictionCheckerBuilder SetSeverity(string ruleId, Rules.Severity severity)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        severities[ruleId] = severity;
        return this;
    }

    /// <summary>Silences findings that are in the baseline; they are still counted in the report.</summary>
    /// <param name="reviewed">The baseline.</param>
    public ContradictionCheckerBuilder UseBaseline(Suppressions.Baseline reviewed)
    {
        ArgumentNullException.ThrowIfNull(reviewed);
        baseline = reviewed;
        return this;
    }

    /// <summary>
    /// Whether reports keep each source's text in <see cref="Reporting.Report.Documents"/>, where the HTML and SARIF
    /// writers read quotes in context and exact regions. On by default; turn it off to check a corpus larger than
    /// memory, where each text is let go once its assertions are read. The writers then read a source made from a file
    /// (<see cref="Text.SourceDocument.FromFile"/>) again for the sentences they quote, and give the same report; a file
    /// changed since the check is noticed, and its quotes are shown without their places. A source made in memory
    /// (<see cref="Text.SourceDocument.FromText(string, string)"/>) has no file to read again, so its quotes are shown
    /// without their places: keeping its text would make memory grow with the corpus, which is what turning this off
    /// is for, and a caller who holds the texts anyway can keep them here at no cost.
    /// </summary>
    /// <param name="keep">False to let texts go.</param>
    public ContradictionCheckerBuilder KeepTexts(bool keep)
    {
        keepTexts = keep;
        return this;
    }

    /// <summary>Loads the pack and builds the checker; the default pack when none was chosen.</summary>
    /// <exception cref="RulePackException">When the pack does not load.</exception>
    /// <exception cref="InvalidOperationException">When a disabled or re-graded rule is not in the pack.</exception>
    public ContradictionChecker Build()
    {
        var pack = (load ?? RulePackLoader.LoadDefault)();
        var unknown = disabledRules.Concat(severities.Keys).Where(r => !pack.RuleIds.Contains(r)).Distinct().Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"unknown rule {string.Join(", ", unknown.Select(r => $"'{r}'"))}; the pack's rules are: {string.Join(", ", pack.RuleIds.Order(StringComparer.Ordinal))}");
        }

        return new ContradictionChecker(pack, new CheckerSettings(disabledRules.ToHashSet(StringComparer.Ordinal), new Dictionary<string, Rules.Severity>(severities, StringComparer.Ordinal), baseline)
        {
            KeepTexts = keepTexts,
        });
    }
}
