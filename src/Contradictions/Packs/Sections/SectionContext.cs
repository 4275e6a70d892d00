using System.Runtime.CompilerServices;
using YamlDotNet.Core;

namespace Contradictions.Packs.Sections;

/// <summary>
/// What the section readers of one load share: where each object stood (file, line, column, layer) and the problems
/// found so far. Readers report through it, so every diagnostic names its place the same way.
/// </summary>
internal sealed class SectionContext(IReadOnlyDictionary<string, int> layerOf, IEnumerable<PackDiagnostic> unread)
{
    private readonly List<PackDiagnostic> diagnostics = [.. unread];
    private readonly Dictionary<object, string> fileOf = new(ReferenceEqualityComparer.Instance);

    /// <summary>Where the YAML reader saw each object start; filled while the files are read.</summary>
    public ConditionalWeakTable<object, StrongBox<Mark>> Marks { get; } = new();

    /// <summary>Records the file an object was read from, for the diagnostics about it.</summary>
    public void SetFile(object item, string path) => fileOf[item] = path;

    /// <summary>The file an object was read from, or "pack" when it was never recorded.</summary>
    public string FileOf(object at) => fileOf.GetValueOrDefault(at) ?? "pack";

    /// <summary>The layer of the file an object was read from: 0 for the first pack, 1 for the next.</summary>
    public int Layer(object item) => layerOf.GetValueOrDefault(FileOf(item));

    /// <summary>The layer of a file, by its path.</summary>
    public int LayerOfFile(string path) => layerOf[path];

    /// <summary>Where an object started in its file, or nowhere (0:0).</summary>
    public Mark MarkOf(object at) => Marks.TryGetValue(at, out var box) ? box.Value : Mark.Empty;

    /// <summary>A problem of a whole file, or one whose place is already known.</summary>
    public void Add(PackDiagnostic diagnostic) => diagnostics.Add(diagnostic);

    /// <summary>A problem at the place where <paramref name="at"/> started, in its file or in <paramref name="file"/>.</summary>
    public void Error(object at, string code, string message, string hint, string? file = null)
    {
        var mark = MarkOf(at);
        diagnostics.Add(new PackDiagnostic(code, file ?? FileOf(at), (int)mark.Line, (int)mark.Column, message, hint));
    }

    /// <summary>The value of a key that must be given, or null after a CTR101 when it is missing or blank.</summary>
    public string? Required(object at, string? value, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Error(at, "CTR101", $"missing '{key}'", $"add a '{key}:' key here");
            return null;
        }

        return value;
    }

    /// <summary>An enum value written in lower case ("affirmed"); a number or another word is a CTR102.</summary>
    public TEnum? ParseEnum<TEnum>(object at, string? text, string key, string allowed)
        where TEnum : struct, Enum
    {
        if (text is null)
        {
            return null;
        }

        if (Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && !int.TryParse(text, out _))
        {
            return value;
        }

        Error(at, "CTR102", $"unknown {key} '{text}'", $"use one of: {allowed}");
        return null;
    }

    /// <summary>Throws every problem found so far, sorted by place, so that a later step never sees a broken pack.</summary>
    /// <exception cref="RulePackException">When any problem was found.</exception>
    public void Stop()
    {
        if (diagnostics.Count > 0)
        {
            throw new RulePackException(diagnostics
                .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code, StringComparer.Ordinal)
                .ToList());
        }
    }
}
