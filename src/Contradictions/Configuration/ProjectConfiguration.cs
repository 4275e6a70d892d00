using System.Diagnostics.CodeAnalysis;
using Contradictions.Packs;
using Contradictions.Packs.Yaml;
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

    /// <summary>The largest configuration file read, in bytes (65,536).</summary>
    public const long MaxFileBytes = 64 * 1024;

    /// <summary>The nearest configuration file at or above <paramref name="directory"/>, or null when there is none.</summary>
    /// <remarks>See <see cref="Find(string, Action{string})"/> for where the search stops and which files it passes over.</remarks>
    public static string? Find(string directory) => Find(directory, _ => { });

    /// <summary>
    /// The nearest configuration file at or above <paramref name="directory"/>, or null when there is none. The search
    /// stops at the root of a repository (a folder with <c>.git</c> in it) and at the user's home folder, so that a
    /// file planted in a shared folder above them (such as <c>/tmp</c>) never applies; and it passes over a file that
    /// another user can write (owned by another user than this one or root, or writable by its group or by all),
    /// telling <paramref name="ignored"/> why.
    /// </summary>
    /// <param name="directory">Where to start, usually the working directory.</param>
    /// <param name="ignored">Hears, in words, of each file passed over.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static string? Find(string directory, Action<string> ignored)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(ignored);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate))
            {
                if (OthersCanWrite(candidate) is not { } who)
                {
                    return candidate;
                }

                ignored($"{candidate}: ignored: {who} can write it, so it may not be yours; make it yours and writable by you only (chmod go-w), or pass it with --config");
            }

            var here = System.IO.Path.TrimEndingDirectorySeparator(dir.FullName);
            if (Directory.Exists(System.IO.Path.Combine(dir.FullName, ".git")) || File.Exists(System.IO.Path.Combine(dir.FullName, ".git"))
                || (home.Length > 0 && here == System.IO.Path.TrimEndingDirectorySeparator(home)))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>Who other than this user can write the file ("another user", "its group", "every user"), or null.</summary>
    private static string? OthersCanWrite(string path)
    {
        if (Files.FileKind.Owner(path) is not { } owner || Files.FileKind.CurrentUser() is not { } me)
        {
            return null;
        }

        return owner.Owner != me && owner.Owner != 0 ? "another user"
            : (owner.Mode & 0x2) != 0 ? "every user"
            : (owner.Mode & 0x10) != 0 ? "its group"
            : null;
    }

    /// <summary>Reads a configuration file.</summary>
    /// <exception cref="RulePackException">When the file is malformed: the diagnostic names file, line and column.</exception>
    public static ProjectConfiguration Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var deserializer = Deserializer();
        Dto dto;
        string text;
        try
        {
            text = Files.LimitedFile.ReadAllText(path, MaxFileBytes, "a configuration file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Error(path, 0, 0, e is UnauthorizedAccessException ? "permission denied" : e.Message, "check the file given with --config, or the configuration file found");
        }

        try
        {
            dto = deserializer.Deserialize<Dto>(text) ?? new Dto();
        }
        catch (YamlException e)
        {
            throw Error(path, (int)e.Start.Line, (int)e.Start.Column, Contradictions.Packs.Yaml.YamlErrorText.Of(e), "keys are: packs, disable, severity, fail-on, baseline");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // Some malformed input (an unclosed flow list, for one) fails inside the YAML reader instead.
            throw Error(path, 0, 0, "the YAML cannot be read", "check its brackets and quotes; keys are: packs, disable, severity, fail-on, baseline");
        }

        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        return new ProjectConfiguration
        {
            Path = path,
            Packs = (dto.Packs ?? []).Select(p => p == RulePackLoader.DefaultPackName || RulePackLoader.IsDefaultLayer(p) ? p : System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, p))).ToList(),
            Disable = dto.Disable ?? [],
            Severity = (dto.Severity ?? []).ToDictionary(kv => kv.Key, kv => ParseSeverity(path, text, kv.Value, "severity", kv.Key), StringComparer.Ordinal),
            FailOn = dto.FailOn is null ? Rules.Severity.Error : ParseSeverity(path, text, dto.FailOn, "fail-on"),
            Baseline = dto.Baseline is null ? null : System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, dto.Baseline)),
            BaselineAt = dto.Baseline is null ? default : Position(text, "baseline"),
        };
    }

    /// <summary>Where the <c>baseline</c> value stands in the file (line, column), for an error about the file it names.</summary>
    public (int Line, int Column) BaselineAt { get; private init; }

    /// <summary>Where the value at the keys stands in the YAML text, or (0, 0) when it cannot be found.</summary>
    private static (int Line, int Column) Position(string text, params string[] keys)
    {
        try
        {
            var stream = new YamlDotNet.RepresentationModel.YamlStream();
            stream.Load(new StringReader(text));
            var node = stream.Documents[0].RootNode;
            foreach (var key in keys)
            {
                node = ((YamlDotNet.RepresentationModel.YamlMappingNode)node).Children[new YamlDotNet.RepresentationModel.YamlScalarNode(key)];
            }

            return ((int)node.Start.Line, (int)node.Start.Column);
        }
        catch (Exception e) when (e is YamlException or InvalidCastException or KeyNotFoundException or ArgumentOutOfRangeException)
        {
            return (0, 0);
        }
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

    private static Severity ParseSeverity(string path, string text, string word, params string[] keys)
    {
        if (TryParseSeverity(word) is { } severity)
        {
            return severity;
        }

        var (line, column) = Position(text, keys);
        throw Error(path, line, column, $"unknown severity '{word}'", "use error, warning or info");
    }

    private static RulePackException Error(string path, int line, int column, string message, string hint) =>
        new([new PackDiagnostic("CTR300", path, line, column, message, hint)]);

    /// <summary>The reader of the file's shape; the attribute keeps that shape in the native tool (see <see cref="YamlShapes"/>).</summary>
    [DynamicDependency(YamlShapes.Reflected, typeof(Dto))]
    private static IDeserializer Deserializer() => YamlShapes.NewDeserializerBuilder()
        .WithNamingConvention(HyphenatedNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .Build();

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
