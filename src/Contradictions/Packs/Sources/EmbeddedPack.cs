namespace Contradictions.Packs.Sources;

/// <summary>The copy of the repository's <c>rules/</c> embedded in the library, and its layers.</summary>
internal static class EmbeddedPack
{
    private const string Prefix = "DefaultPack/";

    /// <summary>The layers a pack for another drug reuses, in load order (see <see cref="RulePackLoader.SharedLayers"/>).</summary>
    public static IReadOnlyList<string> SharedLayers { get; } = ["english", "drug-regulation"];

    /// <summary>The first-level folders that hold pack files, shared layers first.</summary>
    public static IReadOnlyList<string> Layers { get; } = typeof(EmbeddedPack).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..].Replace('\\', '/').Split('/'))
        .Where(parts => parts.Length > 1 && parts[0] != "tests")
        .Select(parts => parts[0])
        .Distinct(StringComparer.Ordinal)
        .OrderBy(LayerOrder)
        .ThenBy(l => l, StringComparer.Ordinal)
        .ToList();

    private static int LayerOrder(string folder)
    {
        var shared = SharedLayers.ToList().IndexOf(folder);
        return shared < 0 ? SharedLayers.Count : shared;
    }

    /// <summary>The embedded pack's files, layer by layer (its tests last), or one layer's.</summary>
    public static List<(string Path, string Text)> Files(string? layer = null)
    {
        var assembly = typeof(EmbeddedPack).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => (Name: n, Path: "rules/" + n[Prefix.Length..].Replace('\\', '/')))
            .Where(n => layer is null || n.Path.StartsWith($"rules/{layer}/", StringComparison.Ordinal))
            .OrderBy(n => n.Path.Split('/') is { Length: > 2 } parts && parts[1] != "tests" ? LayerOrder(parts[1]) : SharedLayers.Count + 1)
            .ThenBy(n => n.Path, StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n.Name)!;
                using var reader = new StreamReader(stream);
                return (n.Path, Text: reader.ReadToEnd());
            })
            .ToList();
        return files;
    }
}
