using Contradictions.Packs.Sources;

namespace Contradictions.Packs;

/// <summary>
/// Loads a rule pack from a folder or from the copy embedded in this library. Every problem is collected as a
/// <see cref="PackDiagnostic"/> with file, line and column; a pack with any problem throws one
/// <see cref="RulePackException"/> listing them all.
/// </summary>
public static class RulePackLoader
{
    /// <summary>The largest pack file read, in bytes (1 MiB); a larger file is refused unread.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>The name that stands for the embedded default pack in <see cref="LoadLayers"/> and in configuration files.</summary>
    public const string DefaultPackName = "default";

    /// <summary>
    /// The layers that a pack for another drug reuses, in the order the embedded pack loads them: the English
    /// language, then the drug-independent regulatory families. The embedded pack's other folders (its drug's
    /// entities, facts and pharmacology) load after them. <c>"default/english"</c> and
    /// <c>"default/drug-regulation"</c> name them in <see cref="LoadLayers"/>.
    /// </summary>
    public static IReadOnlyList<string> SharedLayers { get; } = EmbeddedPack.SharedLayers;

    /// <summary>The embedded pack's layers: its first-level folders that hold pack files, shared layers first.</summary>
    public static IReadOnlyList<string> DefaultLayers { get; } = EmbeddedPack.Layers;

    /// <summary>Loads the default pack embedded in the library (a copy of the repository's <c>rules/</c>).</summary>
    /// <exception cref="RulePackException">When the embedded pack is invalid.</exception>
    public static RulePack LoadDefault() => Load(EmbeddedPack.Files());

    /// <summary>Loads every <c>*.yaml</c> file below a folder (conflict rules from its <c>conflicts/</c> folder).</summary>
    /// <param name="directory">The pack folder.</param>
    /// <exception cref="RulePackException">When the folder is missing or any file has a problem.</exception>
    public static RulePack LoadDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var (files, unread) = PackFolder.Read(directory);
        return new PackLoad(files.Select(f => (f.Path, f.Text, 0)).ToList(), unread).Run();
    }

    /// <summary>
    /// Loads a pack from a zip archive of a pack folder: every <c>*.yaml</c> and <c>*.yml</c> entry, conflict rules from
    /// entries under a <c>conflicts/</c> folder. The archive may hold the folder itself or only its contents.
    /// </summary>
    /// <param name="archive">The zip archive's bytes; read and left open. Each entry is read to at most
    /// <see cref="MaxFileBytes"/>; a larger one is a CTR104.</param>
    /// <param name="name">The pack's name in diagnostics, e.g. the archive's file name without extension.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="RulePackException">When the archive is not a zip archive or any file has a problem.</exception>
    public static RulePack LoadArchive(Stream archive, string name = "pack")
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(name);
        var (files, unread) = PackArchive.Read(archive, name);
        return new PackLoad(files.Select(f => (f.Path, f.Text, 0)).ToList(), unread).Run();
    }

    /// <summary>Loads a pack from files given as (path, text), paths relative to a pack root named by their first segment.</summary>
    /// <exception cref="RulePackException">When any file has a problem.</exception>
    public static RulePack Load(IReadOnlyList<(string Path, string Text)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return new PackLoad(files.Select(f => (f.Path, f.Text, 0)).ToList(), []).Run();
    }

    /// <summary>
    /// Loads several packs as one, in order: an entity, qualifier, predicate, fact, pattern or rule with the id of one
    /// in an earlier pack replaces it (like styles in Vale), and the last language section wins. <c>"default"</c>
    /// names the embedded pack, and <c>"default/english"</c> or <c>"default/drug-regulation"</c> one of its layers.
    /// </summary>
    /// <param name="packs">Pack folders, <c>"default"</c>, or <c>"default/LAYER"</c>.</param>
    /// <exception cref="RulePackException">When a folder is missing or any file has a problem.</exception>
    public static RulePack LoadLayers(IReadOnlyList<string> packs)
    {
        ArgumentNullException.ThrowIfNull(packs);
        var files = new List<(string Path, string Text, int Layer)>();
        var unread = new List<PackDiagnostic>();
        for (var layer = 0; layer < packs.Count; layer++)
        {
            var (layerFiles, layerUnread) = packs[layer] == DefaultPackName ? (EmbeddedPack.Files(), [])
                : IsDefaultLayer(packs[layer]) ? (EmbeddedPack.Files(packs[layer][(DefaultPackName.Length + 1)..]), [])
                : PackFolder.Read(packs[layer]);
            files.AddRange(layerFiles.Select(f => (f.Path, f.Text, layer)));
            unread.AddRange(layerUnread);
        }

        return new PackLoad(files, unread).Run();
    }

    /// <summary>True for <c>"default/LAYER"</c>, a layer of the embedded pack (see <see cref="DefaultLayers"/>).</summary>
    public static bool IsDefaultLayer(string pack) =>
        pack is not null && DefaultLayers.Any(l => string.Equals(pack, $"{DefaultPackName}/{l}", StringComparison.Ordinal));
}
