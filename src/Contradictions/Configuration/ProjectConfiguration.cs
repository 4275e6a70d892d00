using Contradictions.Packs;
using Contradictions.Rules;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Contradictions.Configuration;

/// <summary>
/// A project's <c>.contradictions.yaml</c>, found by walking up from the working directory: the packs to load (later
/// ones override earlier ones), rules to disable, severity changes, the severity that fails a run, and a baseline.
/// </summary>
public sealed class ProjectConfiguration
{
    /// <summary>The file name looked for.</summary>
    public const string FileName = ".contradictions.yaml";

    /// <summary>The file this configuration was read from.</summary>
    public string Path { get; private init; } = string.Empty;

    /// <summary>Pack folders (relative to the file) or <c>default</c>, in order; empty means the default pack.</summary>
    public IReadOnlyList<string> Packs { get; private init; } = [];

    /// <summary>Rule ids not to run.</summary>
    public IReadOnlyList<string> Disable { get; private init; } = [];

    /// <summary>Severity per rule id.</summary>
    public IReadOnlyDictionary<string, Severity> Severity { get; private init; } = new Dictionary<string, Severity>();

    /// <summary>The lowest severity that makes <c>check</c> exit with 1 (default: error).</summary>
    public Severity FailOn { get; private init; } = Rules.Severity.Error;

    /// <summary>The baseline file (relative to the configuration file), or null.</summary>
    public string? Baseline { get; private init; }

    /// <summary>The nearest configuration file at or above <paramref name="directory"/>, or null when there is none.</summary>
    public static string? Find(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Reads a configuration file.</summary>
    /// <exception cref="RulePackException">When the file is malformed: the diagnostic names file, line and column.</exception>
    public static ProjectConfiguration Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(HyphenatedNamingConvention.Instance)
            .WithDuplicateKeyChecking()
            .Build();
        Dto dto;
        try
        {
            dto = deserializer.Deserialize<Dto>(File.ReadAllText(path)) ?? new Dto();
        }
        catch (YamlException e)
        {
            throw Error(path, (int)e.Start.Line, (int)e.Start.Column, (e.InnerException ?? e).Message, "keys are: packs, disable, severity, fail-on, baseline");
        }

        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        return new ProjectConfiguration
        {
            Path = path,
            Packs = (dto.Packs ?? []).Select(p => p == RulePackLoader.DefaultPackName ? p : System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, p))).ToList(),
            Disable = dto.Disable ?? [],
            Severity = (dto.Severity ?? []).ToDictionary(kv => kv.Key, kv => ParseSeverity(path, kv.Value), StringComparer.Ordinal),
            FailOn = dto.FailOn is null ? Rules.Severity.Error : ParseSeverity(path, dto.FailOn),
            Baseline = dto.Baseline is null ? null : System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, dto.Baseline)),
        };
    }

    /// <summary>Applies the packs, disabled rules and severities to a checker builder.</summary>
    public ContradictionCheckerBuilder Apply(ContradictionCheckerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (Packs.Count > 0)
        {
            builder.UsePacks(Packs);
        }

        foreach (var rule in Disable)
        {
            builder.DisableRule(rule);
        }

        foreach (var (rule, severity) in Severity)
        {
            builder.SetSeverity(rule, severity);
        }

        return builder;
    }

    /// <summary>Reads a severity word: error, warning or info.</summary>
    public static Severity? TryParseSeverity(string word) => word switch
    {
        "error" => Rules.Severity.Error,
        "warning" => Rules.Severity.Warning,
        "info" => Rules.Severity.Info,
        _ => null,
    };

    private static Severity ParseSeverity(string path, string word) =>
        TryParseSeverity(word) ?? throw Error(path, 0, 0, $"unknown severity '{word}'", "use error, warning or info");

    private static RulePackException Error(string path, int line, int column, string message, string hint) =>
        new([new PackDiagnostic("CTR300", path, line, column, message, hint)]);

#pragma warning disable CA2227, CA1002 // Deserialization targets need settable List<T> properties.
    private sealed class Dto
    {
        public List<string>? Packs { get; set; }

        public List<string>? Disable { get; set; }

        public Dictionary<string, string>? Severity { get; set; }

        public string? FailOn { get; set; }

        public string? Baseline { get; set; }
    }
#pragma warning restore CA2227, CA1002
}
