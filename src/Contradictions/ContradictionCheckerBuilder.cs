using Contradictions.Packs;

namespace Contradictions;

/// <summary>Configures a <see cref="ContradictionChecker"/>: which rule pack to use. Mutable; <see cref="Build"/> freezes it.</summary>
public sealed class ContradictionCheckerBuilder
{
    private Func<RulePack>? load;

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

    /// <summary>Loads the pack and builds the checker; the default pack when none was chosen.</summary>
    /// <exception cref="RulePackException">When the pack does not load.</exception>
    public ContradictionChecker Build() => new((load ?? RulePackLoader.LoadDefault)());
}
