using System.IO.Enumeration;
using System.Runtime.CompilerServices;
using Contradictions.Claims;
using Contradictions.Claims.Normalizers;
using Contradictions.Entities;
using Contradictions.Packs.Yaml;
using Contradictions.Rules;
using Contradictions.Text;
using YamlDotNet.Core;

namespace Contradictions.Packs;

/// <summary>
/// Loads a rule pack from a folder or from the copy embedded in this library. Every problem is collected as a
/// <see cref="PackDiagnostic"/> with file, line and column; a pack with any problem throws one
/// <see cref="RulePackException"/> listing them all.
/// </summary>
public static partial class RulePackLoader
{
    /// <summary>The largest pack file read, in bytes (1 MiB); a larger file is refused unread.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    private const string EmbeddedPrefix = "DefaultPack/";

    /// <summary>Loads the default pack embedded in the library (a copy of the repository's <c>rules/</c>).</summary>
    /// <exception cref="RulePackException">When the embedded pack is invalid.</exception>
    public static RulePack LoadDefault() => Load(EmbeddedFiles());

    /// <summary>
    /// The layers that a pack for another drug reuses, in the order the embedded pack loads them: the English
    /// language, then the drug-independent regulatory families. The embedded pack's other folders (its drug's
    /// entities, facts and pharmacology) load after them. <c>"default/english"</c> and
    /// <c>"default/drug-regulation"</c> name them in <see cref="LoadLayers"/>.
    /// </summary>
    public static IReadOnlyList<string> SharedLayers { get; } = ["english", "drug-regulation"];

    /// <summary>The embedded pack's layers: its first-level folders that hold pack files, shared layers first.</summary>
    public static IReadOnlyList<string> DefaultLayers { get; } = typeof(RulePackLoader).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(EmbeddedPrefix, StringComparison.Ordinal))
        .Select(n => n[EmbeddedPrefix.Length..].Replace('\\', '/').Split('/'))
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
    private static List<(string Path, string Text)> EmbeddedFiles(string? layer = null)
    {
        var assembly = typeof(RulePackLoader).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(EmbeddedPrefix, StringComparison.Ordinal))
            .Select(n => (Name: n, Path: "rules/" + n[EmbeddedPrefix.Length..].Replace('\\', '/')))
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

    /// <summary>Loads every <c>*.yaml</c> file below a folder (conflict rules from its <c>conflicts/</c> folder).</summary>
    /// <param name="directory">The pack folder.</param>
    /// <exception cref="RulePackException">When the folder is missing or any file has a problem.</exception>
    public static RulePack LoadDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var (files, unread) = DirectoryFiles(directory);
        return new Loading(files.Select(f => (f.Path, f.Text, 0)).ToList(), unread).Run();
    }

    private static (List<(string Path, string Text)> Files, List<PackDiagnostic> Unread) DirectoryFiles(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new RulePackException([new PackDiagnostic("CTR001", directory, 0, 0, "pack folder not found", "pass the folder that holds the pack's .yaml files")]);
        }

        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        var unread = new List<PackDiagnostic>();
        List<string> paths;
        try
        {
            paths = PackFiles(directory, loop => unread.Add(new PackDiagnostic(
                "CTR002", name + "/" + Path.GetRelativePath(directory, loop).Replace('\\', '/'), 0, 0, "symbolic link loop: the link leads back into the pack", "remove the link, or point it outside the pack folder")));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RulePackException([new PackDiagnostic("CTR002", directory, 0, 0, $"the pack folder cannot be listed: {e.Message}", "check the permissions of the pack folder and its subfolders")]);
        }

        var files = new List<(string Path, string Text)>();
        foreach (var path in paths)
        {
            var relative = name + "/" + Path.GetRelativePath(directory, path).Replace('\\', '/');
            try
            {
                // A file over the limit is refused on its size, unread, or as soon as reading passes the limit; a pipe
                // or a device is never opened.
                files.Add((relative, Files.LimitedFile.ReadAllText(path, MaxFileBytes, "a pack file")));
            }
            catch (Files.LimitedFileException e)
            {
                unread.Add(e.TooLarge ? TooLarge(relative) : new PackDiagnostic("CTR002", relative, 0, 0, e.Message, "remove it from the pack folder"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                unread.Add(new PackDiagnostic("CTR002", relative, 0, 0, $"the file cannot be read: {e.Message}", "check the file's permissions, or remove it from the pack folder"));
            }
        }

        return (files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(), unread);
    }

    /// <summary>
    /// Loads a pack from a zip archive of a pack folder: every <c>*.yaml</c> and <c>*.yml</c> entry, conflict rules from
    /// entries under a <c>conflicts/</c> folder. The archive may hold the folder itself or only its contents.
    /// </summary>
    /// <param name="archive">The zip archive's bytes; read and left open.</param>
    /// <param name="name">The pack's name in diagnostics, e.g. the archive's file name without extension.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="RulePackException">When the archive is not a zip archive or any file has a problem.</exception>
    public static RulePack LoadArchive(Stream archive, string name = "pack")
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(name);
        List<(string Path, string Text)> files;
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(archive, System.IO.Compression.ZipArchiveMode.Read, leaveOpen: true);
            files = zip.Entries
                .Where(e => Path.GetExtension(e.FullName) is ".yaml" or ".yml")
                .Select(e =>
                {
                    using var reader = new StreamReader(e.Open());
                    return (Path: name + "/" + e.FullName.Replace('\\', '/'), Text: reader.ReadToEnd());
                })
                .OrderBy(f => f.Path, StringComparer.Ordinal)
                .ToList();
        }
        catch (InvalidDataException e)
        {
            throw new RulePackException([new PackDiagnostic("CTR001", name, 0, 0, $"not a zip archive: {e.Message}", "pass a .zip of the pack folder")]);
        }

        return Load(files);
    }

    /// <summary>
    /// Every YAML file below the pack folder. Linked folders are followed, except those that lead back into the
    /// pack, which would list its files again and again; those are handed to <paramref name="loop"/>.
    /// </summary>
    private static List<string> PackFiles(string directory, Action<string> loop)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        bool Within(string path, string folder) => path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        var files = new FileSystemEnumerable<string>(directory, (ref FileSystemEntry entry) => entry.ToSpecifiedFullPath(), new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory && Path.GetExtension(entry.FileName) is ".yaml" or ".yml",
            ShouldRecursePredicate = (ref FileSystemEntry entry) =>
            {
                if ((entry.Attributes & FileAttributes.ReparsePoint) == 0)
                {
                    return true;
                }

                var link = entry.ToSpecifiedFullPath();
                var target = Path.TrimEndingDirectorySeparator(Directory.ResolveLinkTarget(link, returnFinalTarget: true)?.FullName ?? link);
                if (Within(target, root) || Within(root, target))
                {
                    loop(link);
                    return false;
                }

                return true;
            },
        };
        return files.ToList();
    }

    private static PackDiagnostic TooLarge(string path) =>
        new("CTR104", path, 0, 0, "the file is larger than the limit of 1,048,576 bytes (1 MiB) for a pack file", "split it into smaller files; a whole pack needs far less");

    /// <summary>Loads a pack from files given as (path, text), paths relative to a pack root named by their first segment.</summary>
    /// <exception cref="RulePackException">When any file has a problem.</exception>
    public static RulePack Load(IReadOnlyList<(string Path, string Text)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return new Loading(files.Select(f => (f.Path, f.Text, 0)).ToList(), []).Run();
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
            var (layerFiles, layerUnread) = packs[layer] == DefaultPackName ? (EmbeddedFiles(), [])
                : IsDefaultLayer(packs[layer]) ? (EmbeddedFiles(packs[layer][(DefaultPackName.Length + 1)..]), [])
                : DirectoryFiles(packs[layer]);
            files.AddRange(layerFiles.Select(f => (f.Path, f.Text, layer)));
            unread.AddRange(layerUnread);
        }

        return new Loading(files, unread).Run();
    }

    /// <summary>The name that stands for the embedded default pack in <see cref="LoadLayers"/> and in configuration files.</summary>
    public const string DefaultPackName = "default";

    /// <summary>True for <c>"default/LAYER"</c>, a layer of the embedded pack (see <see cref="DefaultLayers"/>).</summary>
    public static bool IsDefaultLayer(string pack) =>
        pack is not null && DefaultLayers.Any(l => string.Equals(pack, $"{DefaultPackName}/{l}", StringComparison.Ordinal));

    /// <summary>One load: the files' DTOs, where each object stood, and the problems found so far.</summary>
    private sealed partial class Loading(IReadOnlyList<(string Path, string Text, int Layer)> files, IReadOnlyList<PackDiagnostic> unread)
    {
        private readonly Dictionary<string, int> layerOf = files.GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Layer, StringComparer.Ordinal);
        private readonly ConditionalWeakTable<object, StrongBox<Mark>> marks = new();
        private readonly List<PackDiagnostic> diagnostics = [.. unread];
        private readonly Dictionary<object, string> fileOf = new(ReferenceEqualityComparer.Instance);

        public RulePack Run()
        {
            var packFiles = new List<(string Path, PackFileDto Dto)>();
            var ruleFiles = new List<(string Path, RuleDto Dto)>();
            var testFiles = new List<(string Path, string Text)>();
            foreach (var (path, text, _) in files)
            {
                if (IsTestFile(path))
                {
                    testFiles.Add((path, text));
                    continue;
                }

                if (IsRuleFile(path))
                {
                    if (Parse<RuleDto>(path, text) is { } rule)
                    {
                        ruleFiles.Add((path, rule));
                    }
                }
                else if (Parse<PackFileDto>(path, text) is { } dto)
                {
                    packFiles.Add((path, dto));
                }
            }

            Stop();
            var name = packFiles.Select(f => f.Dto.Name).LastOrDefault(n => n is not null) ?? "pack";
            var language = BuildLanguage(packFiles);
            var relations = Unique(packFiles, f => f.Relations, r => r.Id, "relation")
                .Select(r => new RelationKind(r.Id!, Required(r, r.Wording, "wording") ?? string.Empty, r.SameAttribution)).ToList();
            var entities = BuildEntities(packFiles, relations);
            var qualifiers = BuildQualifiers(packFiles);
            var predicates = BuildPredicates(packFiles, qualifiers);
            Stop();
            var dates = new DateExpressionParser(language.Months, language.DateParts, language.MonthYearJoiners, language.DateArticles, language.RelativeDates);
            var compiler = new PatternCompiler(entities, qualifiers, dates, language);
            var patterns = BuildPatterns(packFiles, predicates, qualifiers, compiler);
            var facts = BuildFacts(packFiles, entities, predicates, qualifiers, dates);
            var (lexicons, lexiconAnaphors, frames) = BuildFrames(packFiles, predicates, qualifiers, entities);
            var rules = BuildRules(ruleFiles, predicates, qualifiers);
            Stop();
            return new RulePack(name, language, entities, qualifiers, predicates, patterns, facts, rules, dates) { TestFiles = testFiles, Lexicons = lexicons, LexiconAnaphors = lexiconAnaphors, Frames = frames };
        }

        private static bool IsRuleFile(string path) => path.Contains("/conflicts/", StringComparison.Ordinal);

        /// <summary>A pack's own tests (its <c>tests/</c> folder) are read by the pack test runner, not as pack content.</summary>
        internal static bool IsTestFile(string path) => path.Contains("/tests/", StringComparison.Ordinal);

        private int Layer(object item) => layerOf.GetValueOrDefault(FileOf(item));

        private T? Parse<T>(string path, string text)
            where T : class
        {
            if (text.Length > MaxFileBytes)
            {
                diagnostics.Add(TooLarge(path));
                return null;
            }

            if (AliasBudget.FindOverflow(text) is { } stop)
            {
                diagnostics.Add(stop.Overflow
                    ? new PackDiagnostic("CTR103", path, (int)stop.At.Line, (int)stop.At.Column, $"YAML aliases here copy in more than {AliasBudget.MaxCopiedNodes} nodes", "write the values out instead of nesting anchors and aliases")
                    : new PackDiagnostic("CTR100", path, (int)stop.At.Line, (int)stop.At.Column, stop.Problem ?? "the YAML cannot be read past this place", stop.Problem is null ? "check the brackets and quotes that follow" : "write the values out with fewer levels"));
                return null;
            }

            var deserializer = StrictYaml.Builder(marks).Build();
            try
            {
                var dto = deserializer.Deserialize<T>(text);
                if (dto is not null)
                {
                    fileOf[dto] = path;
                    foreach (var (at, message) in EmptyValues.Find(dto))
                    {
                        Error(at, "CTR101", message, "give it a value, or leave it out", path);
                    }
                }

                return dto;
            }
            catch (YamlException e)
            {
                var message = YamlErrorText.Of(e);
                var hint = YamlErrorText.IsUnknownKey(YamlErrorText.Raw(e))
                    ? "check the key's spelling against rules/README.md; keys are lower-case and hyphenated"
                    : YamlErrorText.IsWrongShape(message)
                        ? "see rules/README.md for the shape each key takes"
                        : "fix the YAML syntax at this place";
                diagnostics.Add(new PackDiagnostic("CTR100", path, (int)e.Start.Line, (int)e.Start.Column, message, hint));
                return null;
            }
        }

        private void Stop()
        {
            if (diagnostics.Count > 0)
            {
                throw new RulePackException(diagnostics
                    .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code, StringComparer.Ordinal)
                    .ToList());
            }
        }

        private void Error(object at, string code, string message, string hint, string? file = null)
        {
            var mark = marks.TryGetValue(at, out var box) ? box.Value : Mark.Empty;
            diagnostics.Add(new PackDiagnostic(code, file ?? FileOf(at), (int)mark.Line, (int)mark.Column, message, hint));
        }

        private string FileOf(object at) => fileOf.GetValueOrDefault(at) ?? "pack";

        private string? Required(object at, string? value, string key)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Error(at, "CTR101", $"missing '{key}'", $"add a '{key}:' key here");
                return null;
            }

            return value;
        }

        /// <summary>Items of one section across all files; a duplicate id is an error at its second place.</summary>
        private List<T> Unique<T>(List<(string Path, PackFileDto Dto)> packFiles, Func<PackFileDto, List<T>?> section, Func<T, string?> id, string what)
            where T : class
        {
            var seen = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var (path, dto) in packFiles)
            {
                foreach (var item in section(dto) ?? [])
                {
                    fileOf[item] = path;
                    var key = Required(item, id(item), "id");
                    if (key is null)
                    {
                        continue;
                    }

                    if (seen.TryGetValue(key, out var earlier) && Layer(earlier) == Layer(item))
                    {
                        var first = marks.TryGetValue(earlier, out var box) ? box.Value : Mark.Empty;
                        Error(item, "CTR200", $"duplicate {what} id '{key}'", $"it is already defined at {FileOf(earlier)}:{first.Line}; rename one of them");
                    }
                    else
                    {
                        // A later pack overrides an earlier one; within one pack a duplicate is an error.
                        seen.Remove(key);
                        seen[key] = item;
                    }
                }
            }

            return seen.Values.ToList();
        }

        private Language BuildLanguage(List<(string Path, PackFileDto Dto)> packFiles)
        {
            var (path, found) = packFiles.Select(f => (f.Path, f.Dto.Language)).LastOrDefault(f => f.Language is not null);
            var dto = found ?? new LanguageDto();
            // With no language section anywhere, its problems are the pack's: name its first file.
            fileOf[dto] = path ?? (packFiles.Count > 0 ? packFiles[0].Path : "pack");
            var parts = new Dictionary<string, DatePart>(StringComparer.OrdinalIgnoreCase);
            foreach (var (words, part) in dto.DateParts ?? [])
            {
                DatePart? value = part switch
                {
                    "first-third" => DatePart.FirstThird,
                    "middle-third" => DatePart.MiddleThird,
                    "last-third" => DatePart.LastThird,
                    _ => null,
                };
                if (value is null)
                {
                    Error(dto, "CTR102", $"date part '{words}' has unknown value '{part}'", "use first-third, middle-third or last-third");
                    continue;
                }

                parts[string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant()] = value.Value;
            }

            var months = dto.Months ?? [];
            if (months.Count != 12)
            {
                Error(dto, "CTR102", $"language.months has {months.Count} names", "list the twelve month names in order, January first");
            }

            // Patterns read the forward cues when the older keys are left out.
            var cues = BuildCues(dto);
            List<string> Forward(List<string>? words, Cues.CueKind kind) =>
                words ?? cues.Where(c => c.Kind == kind && c.Direction == Cues.CueDirection.Forward).Select(c => c.Phrase).ToList();
            return new Language(
                new Abbreviations(dto.Abbreviations ?? [], LabelWords(dto)),
                Forward(dto.Negation, Cues.CueKind.Negation),
                Forward(dto.NotNegation, Cues.CueKind.PseudoNegation),
                Forward(dto.Modality?.May, Cues.CueKind.Hedge),
                Forward(dto.Modality?.Can, Cues.CueKind.Capability),
                dto.Anaphors ?? [],
                dto.ClauseBreaks ?? [],
                months,
                parts,
                dto.MonthYearJoiners ?? [],
                dto.DateArticles ?? [],
                dto.VagueMentions ?? [])
            {
                RelativeDates = new RelativeDateWords(
                    Lower(dto.RelativeDates?.Units),
                    Lower(dto.RelativeDates?.Numbers),
                    dto.RelativeDates?.Fewer ?? [],
                    dto.RelativeDates?.More ?? [],
                    dto.RelativeDates?.About ?? [],
                    dto.RelativeDates?.Ago ?? [],
                    dto.DateRangeOpeners ?? [],
                    dto.DateRangeJoiners ?? []),
                AnaphorKinds = (dto.AnaphorKinds ?? []).ToDictionary(
                    kv => string.Join(' ', kv.Key.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
                    kv => (IReadOnlyList<string>)kv.Value,
                    StringComparer.OrdinalIgnoreCase),
                Cues = cues,
                CueTerminators = dto.Cues?.Terminators ?? [],
                BaseForms = BuildBaseForms(dto),
                PassiveAuxiliaries = dto.PassiveAuxiliaries ?? [],
                ListJoiners = dto.ListJoiners ?? [],
            };
        }

        /// <summary>
        /// The words that take a number or letter as a label ("Schedule" in "Schedule V"). The splitter compares one word
        /// before the label, so an entry of several words, or one with the label or a period in it, could never match.
        /// </summary>
        private List<string> LabelWords(LanguageDto dto)
        {
            var words = new List<string>();
            foreach (var word in dto.LabelWords ?? [])
            {
                if (word.Length > 0 && word.All(char.IsLetter))
                {
                    words.Add(word);
                    continue;
                }

                Error(dto, "CTR102", $"language.label-words item '{word}' is not one word of letters", "list the word alone, without the number or letter that follows it or a period: Schedule, not 'Schedule V'");
            }

            return words;
        }

        /// <summary>Words as keys, in lower case with single spaces, as the date parser looks them up.</summary>
        private static Dictionary<string, int> Lower(Dictionary<string, int>? words) =>
            (words ?? []).ToDictionary(kv => string.Join(' ', kv.Key.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant(), kv => kv.Value, StringComparer.Ordinal);

        private EntityCatalog BuildEntities(List<(string Path, PackFileDto Dto)> packFiles, List<RelationKind> relations)
        {
            var dtos = Unique(packFiles, f => f.Entities, e => e.Id, "entity");
            var ids = dtos.Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
            var relationIds = relations.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            var entities = new List<Entity>();
            foreach (var dto in dtos)
            {
                var entityRelations = new List<EntityRelation>();
                foreach (var relation in dto.Relations ?? [])
                {
                    foreach (var (kind, target) in relation)
                    {
                        if (!relationIds.Contains(kind))
                        {
                            Error(dto, "CTR201", $"entity '{dto.Id}' uses unknown relation '{kind}'", $"define it under 'relations:' or use one of: {string.Join(", ", relationIds.Order(StringComparer.Ordinal))}");
                        }
                        else if (!ids.Contains(target))
                        {
                            Error(dto, "CTR203", $"entity '{dto.Id}' relates to unknown entity '{target}'", "define that entity or fix the id");
                        }
                        else
                        {
                            entityRelations.Add(new EntityRelation(kind, target));
                        }
                    }
                }

                entities.Add(new Entity(dto.Id!, dto.Name ?? dto.Id!, dto.Kind ?? "entity", dto.Aliases ?? [], dto.Brands ?? [], entityRelations));
            }

            return new EntityCatalog(entities, relations);
        }

        private Dictionary<string, QualifierDefinition> BuildQualifiers(List<(string Path, PackFileDto Dto)> packFiles)
        {
            var result = new Dictionary<string, QualifierDefinition>(StringComparer.Ordinal);
            foreach (var dto in Unique(packFiles, f => f.Qualifiers, q => q.Id, "qualifier"))
            {
                QualifierScope? scope = dto.Scope switch
                {
                    null or "match" => QualifierScope.Match,
                    "sentence" => QualifierScope.Sentence,
                    "clause" => QualifierScope.Clause,
                    _ => null,
                };
                if (scope is null)
                {
                    Error(dto, "CTR102", $"qualifier '{dto.Id}' has unknown scope '{dto.Scope}'", "use 'match' (only words a pattern's slot matched), 'clause' (the clause of the match) or 'sentence' (anywhere in the sentence)");
                    continue;
                }

                var values = new List<QualifierValue>();
                var parents = (dto.Values ?? []).Where(v => v.Id is not null).DistinctBy(v => v.Id).ToDictionary(v => v.Id!, v => v.Parent, StringComparer.Ordinal);
                foreach (var value in dto.Values ?? [])
                {
                    fileOf[value] = FileOf(dto);
                    if (Required(value, value.Id, "id") is not { } id)
                    {
                        continue;
                    }

                    if (values.Exists(v => v.Id == id))
                    {
                        Error(value, "CTR200", $"qualifier '{dto.Id}' has value '{id}' twice", "remove or rename one of them");
                        continue;
                    }

                    if (value.Parent is not null && !parents.ContainsKey(value.Parent))
                    {
                        Error(value, "CTR204", $"qualifier value '{id}' has unknown parent '{value.Parent}'", $"use one of the values of '{dto.Id}'");
                    }
                    else if (Ancestry(id, parents) is { } cycle)
                    {
                        Error(value, "CTR204", $"qualifier value '{id}' is its own ancestor ({cycle})", "a parent must be a broader value; break the circle");
                    }

                    values.Add(new QualifierValue(id, value.Label ?? id.Replace('-', ' '), value.Words ?? [], value.Parent));
                }

                result[dto.Id!] = new QualifierDefinition(dto.Id!, scope.Value, values);
            }

            return result;
        }

        /// <summary>The chain of parents from <paramref name="id"/> back to itself, when there is one.</summary>
        private static string? Ancestry(string id, Dictionary<string, string?> parents)
        {
            var chain = new List<string> { id };
            for (var current = parents.GetValueOrDefault(id); current is not null && chain.Count <= parents.Count; current = parents.GetValueOrDefault(current))
            {
                chain.Add(current);
                if (current == id)
                {
                    return string.Join(" \u2192 ", chain);
                }
            }

            return null;
        }

        private Dictionary<string, PredicateDefinition> BuildPredicates(List<(string Path, PackFileDto Dto)> packFiles, Dictionary<string, QualifierDefinition> qualifiers)
        {
            var result = new Dictionary<string, PredicateDefinition>(StringComparer.Ordinal);
            foreach (var dto in Unique(packFiles, f => f.Predicates, p => p.Id, "predicate"))
            {
                ValueKind? kind = dto.Value switch
                {
                    null or "none" => ValueKind.None,
                    "enum" => ValueKind.Enum,
                    "roman-numeral" => ValueKind.RomanNumeral,
                    "entity" => ValueKind.Entity,
                    _ => null,
                };
                if (kind is null)
                {
                    Error(dto, "CTR102", $"predicate '{dto.Id}' has unknown value kind '{dto.Value}'", "use none, enum, roman-numeral or entity");
                    continue;
                }

                if (kind == ValueKind.Enum && (dto.Values is null || dto.Values.Count == 0))
                {
                    Error(dto, "CTR101", $"enum predicate '{dto.Id}' lists no values", "add 'values:' mapping each value to the words that say it");
                }

                foreach (var q in (dto.Qualifiers ?? []).Where(q => !qualifiers.ContainsKey(q)))
                {
                    Error(dto, "CTR204", $"predicate '{dto.Id}' names unknown qualifier '{q}'", $"define it under 'qualifiers:' or use one of: {string.Join(", ", qualifiers.Keys.Order(StringComparer.Ordinal))}");
                }

                var statement = Required(dto, dto.Statement, "statement") ?? string.Empty;
                result[dto.Id!] = new PredicateDefinition(
                    dto.Id!,
                    dto.Topic ?? dto.Id!.Replace('-', ' '),
                    kind.Value,
                    (dto.Values ?? []).ToDictionary(v => v.Key, v => (IReadOnlyList<string>)v.Value, StringComparer.Ordinal),
                    dto.Qualifiers ?? [],
                    dto.Object || kind == ValueKind.Entity,
                    dto.Symmetric,
                    statement,
                    dto.NegatedStatement ?? "not: " + statement)
                {
                    Inverse = dto.Inverse ?? [],
                };
                foreach (var (from, to) in dto.Inverse ?? [])
                {
                    if (kind != ValueKind.Enum || dto.Values?.ContainsKey(from) != true || dto.Values?.ContainsKey(to) != true)
                    {
                        Error(dto, "CTR204", $"predicate '{dto.Id}' has an inverse '{from}: {to}' that names no value of it", "map each enum value id to the value id that says the same with subject and object swapped");
                    }
                }
            }

            return result;
        }

        /// <summary>
        /// The id and predicate of a pattern or frame (<paramref name="what"/>): both are required, the id is unique
        /// within its layer (one of a later layer replaces the earlier one, which <paramref name="replace"/> drops), and
        /// the predicate must be known. Null when the item cannot be read.
        /// </summary>
        private (string Id, PredicateDefinition Predicate)? IdAndPredicate(
            object dto,
            string path,
            string? id,
            string? predicateId,
            Dictionary<string, int> ids,
            Dictionary<string, PredicateDefinition> predicates,
            string what,
            Action<string> replace)
        {
            fileOf[dto] = path;
            var checkedId = Required(dto, id, "id");
            if (checkedId is null || Required(dto, predicateId, "predicate") is null)
            {
                return null;
            }

            if (ids.TryGetValue(checkedId, out var earlierLayer) && earlierLayer == Layer(dto))
            {
                Error(dto, "CTR200", $"duplicate {what} id '{checkedId}'", $"{what} ids must be unique across the pack; rename this one");
            }

            ids[checkedId] = Layer(dto);
            replace(checkedId);
            if (!predicates.TryGetValue(predicateId!, out var predicate))
            {
                Error(dto, "CTR202", $"{what} '{checkedId}' names unknown predicate '{predicateId}'", $"use one of: {string.Join(", ", predicates.Keys.Order(StringComparer.Ordinal))}");
                return null;
            }

            return (checkedId, predicate);
        }

        private List<ClaimPattern> BuildPatterns(
            List<(string Path, PackFileDto Dto)> packFiles,
            Dictionary<string, PredicateDefinition> predicates,
            Dictionary<string, QualifierDefinition> qualifiers,
            PatternCompiler compiler)
        {
            var result = new List<ClaimPattern>();
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (path, file) in packFiles)
            {
                foreach (var dto in file.Patterns ?? [])
                {
                    if (IdAndPredicate(dto, path, dto.Id, dto.Predicate ?? file.Predicate, ids, predicates, "pattern", id => result.RemoveAll(p => p.Id == id)) is not var (id, predicate))
                    {
                        continue;
                    }

                    if ((dto.Match is null) == (dto.ListHeader is null) || (dto.ListHeader is null) != (dto.Item is null))
                    {
                        Error(dto, "CTR101", $"pattern '{id}' needs either 'match' or both 'list-header' and 'item'", "write the sentence pattern under 'match:', or a header and an item pattern for bulleted lists");
                        continue;
                    }

                    if (!(dto.Match ?? dto.ListHeader!).Contains("{subject}", StringComparison.Ordinal))
                    {
                        Error(dto, "CTR205", $"pattern '{id}' has no {{subject}} slot", "every claim needs a subject: put {subject} where the entity is named (in the list-header for list patterns)");
                        continue;
                    }

                    var main = Compile(dto, compiler, dto.Match ?? dto.ListHeader!, predicate);
                    var item = dto.Item is null ? null : Compile(dto, compiler, dto.Item, predicate);
                    var fixedQualifiers = new List<(string, string)>();
                    foreach (var (name, value) in dto.Qualifiers ?? [])
                    {
                        if (!qualifiers.TryGetValue(name, out var q) || !q.Contains(value))
                        {
                            Error(dto, "CTR204", $"pattern '{id}' sets unknown qualifier value {name}: {value}", "use a qualifier and value defined under 'qualifiers:'");
                            continue;
                        }

                        fixedQualifiers.Add((name, value));
                    }

                    var polarity = ParseEnum<Polarity>(dto, dto.Polarity, "polarity", "affirmed, negated");
                    var modality = ParseEnum<Modality>(dto, dto.Modality, "modality", "states, can, may");
                    if (dto.Value is not null && predicate.ValueKind == ValueKind.Enum && !predicate.Values.ContainsKey(dto.Value))
                    {
                        Error(dto, "CTR204", $"pattern '{id}' sets unknown value '{dto.Value}' for '{predicate.Id}'", $"use one of: {string.Join(", ", predicate.Values.Keys)}");
                    }

                    if (main is not null && (dto.Item is null || item is not null))
                    {
                        result.Add(new ClaimPattern(id!, predicate.Id, main, item, polarity, modality, dto.Value, fixedQualifiers, path));
                    }
                }
            }

            return result;
        }

        private System.Text.RegularExpressions.Regex? Compile(PatternDto dto, PatternCompiler compiler, string text, PredicateDefinition predicate)
        {
            var (regex, error) = compiler.Compile(text, predicate, out var catastrophic);
            if (catastrophic)
            {
                Error(dto, "CTR206", $"pattern '{dto.Id}': {error}", "repeat a character class instead ([\\w-]+ rather than (\\w|-)+), or bound the outer repetition ({0,3})");
            }
            else if (error is not null)
            {
                Error(dto, "CTR205", $"pattern '{dto.Id}': {error}", "fix the pattern; see the slot list in rules/README.md");
            }

            return regex;
        }

        private TEnum? ParseEnum<TEnum>(object at, string? text, string key, string allowed)
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

        private List<ReferenceFact> BuildFacts(
            List<(string Path, PackFileDto Dto)> packFiles,
            EntityCatalog entities,
            Dictionary<string, PredicateDefinition> predicates,
            Dictionary<string, QualifierDefinition> qualifiers,
            DateExpressionParser dates)
        {
            var result = new List<ReferenceFact>();
            foreach (var dto in Unique(packFiles, f => f.Facts, f => f.Id, "fact"))
            {
                var statement = Required(dto, dto.Statement, "statement");
                var url = Required(dto, dto.Source, "source");
                var claims = new List<Assertion>();
                foreach (var claim in dto.Claims ?? [])
                {
                    fileOf[claim] = FileOf(dto);
                    if (BuildFactClaim(dto, claim, statement ?? string.Empty, entities, predicates, qualifiers, dates, claims.Count) is { } assertion)
                    {
                        claims.Add(assertion);
                    }
                }

                if ((dto.Claims ?? []).Count == 0)
                {
                    Error(dto, "CTR101", $"fact '{dto.Id}' has no claims", "add 'claims:' with at least one subject and predicate, so rules can compare it");
                }

                result.Add(new ReferenceFact(dto.Id!, statement ?? string.Empty, url ?? string.Empty, claims));
            }

            return result;
        }

        private Assertion? BuildFactClaim(
            FactDto fact,
            FactClaimDto claim,
            string statement,
            EntityCatalog entities,
            Dictionary<string, PredicateDefinition> predicates,
            Dictionary<string, QualifierDefinition> qualifiers,
            DateExpressionParser dates,
            int index)
        {
            var ok = true;
            foreach (var entity in new[] { claim.Subject, claim.Object }.Where(e => e is not null && !entities.Contains(e)))
            {
                Error(claim, "CTR203", $"fact '{fact.Id}' names unknown entity '{entity}'", "use an entity id defined under 'entities:'");
                ok = false;
            }

            if (Required(claim, claim.Subject, "subject") is null || Required(claim, claim.Predicate, "predicate") is null)
            {
                return null;
            }

            if (!predicates.TryGetValue(claim.Predicate!, out var predicate))
            {
                Error(claim, "CTR202", $"fact '{fact.Id}' names unknown predicate '{claim.Predicate}'", $"use one of: {string.Join(", ", predicates.Keys.Order(StringComparer.Ordinal))}");
                return null;
            }

            DateInterval? date = null;
            if (claim.Date is not null && (date = dates.Parse(claim.Date)) is null)
            {
                Error(claim, "CTR102", $"fact '{fact.Id}' has a date that cannot be read: '{claim.Date}'", "write it as 1970, 2019-03 or 2019-03-05");
                ok = false;
            }

            DateInterval? asOf = null;
            if (claim.AsOf is not null && (asOf = dates.Parse(claim.AsOf)) is null)
            {
                Error(claim, "CTR102", $"fact '{fact.Id}' has an as-of date that cannot be read: '{claim.AsOf}'", "write it as 2019, 2019-03 or 2019-03-05");
                ok = false;
            }

            var qualifierList = new List<Qualifier>();
            foreach (var (name, value) in claim.Qualifiers ?? [])
            {
                if (!qualifiers.TryGetValue(name, out var q) || !q.Contains(value))
                {
                    Error(claim, "CTR204", $"fact '{fact.Id}' sets unknown qualifier value {name}: {value}", "use a qualifier and value defined under 'qualifiers:'");
                    ok = false;
                    continue;
                }

                qualifierList.Add(new Qualifier(name, value, q[value].Label));
            }

            ClaimValue? claimValue = null;
            if (claim.Value is not null)
            {
                var normalized = predicate.ValueKind switch
                {
                    ValueKind.RomanNumeral => RomanNumeral.Normalize(claim.Value),
                    ValueKind.Enum => predicate.Values.ContainsKey(claim.Value) ? claim.Value : null,
                    ValueKind.Entity => entities.Contains(claim.Value) ? claim.Value : null,
                    _ => null,
                };
                if (normalized is null)
                {
                    Error(claim, "CTR204", $"fact '{fact.Id}' has value '{claim.Value}' that predicate '{predicate.Id}' does not take", "use one of the predicate's values");
                    return null;
                }

                claimValue = new ClaimValue(normalized, claim.Value);
            }

            var polarity = ParseEnum<Polarity>(claim, claim.Polarity, "polarity", "affirmed, negated") ?? Polarity.Affirmed;
            var modality = ParseEnum<Modality>(claim, claim.Modality, "modality", "states, can, may") ?? Modality.States;
            if (!ok)
            {
                return null;
            }

            var (subject, obj) = Ordered(predicate, claim.Subject!, claim.Object);
            if (subject != claim.Subject)
            {
                claimValue = predicate.Swapped(claimValue);
            }

            if (predicate.ValueKind == ValueKind.Entity && claimValue is not null)
            {
                obj = claimValue.Normalized;
            }

            var mark = marks.TryGetValue(claim, out var box) ? box.Value : Mark.Empty;
            return new Assertion(
                $"{fact.Id}#{index + 1}",
                fact.Id!,
                subject,
                entities[subject].Name,
                false,
                predicate.Id,
                claimValue,
                obj,
                date,
                claim.Date,
                qualifierList.OrderBy(q => q.Name, StringComparer.Ordinal).ToList(),
                polarity,
                modality,
                new SourceLocation((int)mark.Line, (int)mark.Column, (int)mark.Index, 0),
                statement,
                "reference")
            {
                IsReference = true,
                AsOf = asOf,
            };
        }

        internal static (string Subject, string? Object) Ordered(PredicateDefinition predicate, string subject, string? obj) =>
            predicate.Symmetric && obj is not null && string.CompareOrdinal(obj, subject) < 0 ? (obj, subject) : (subject, obj);

        private List<ConflictRule> BuildRules(List<(string Path, RuleDto Dto)> ruleFiles, Dictionary<string, PredicateDefinition> predicates, Dictionary<string, QualifierDefinition> qualifiers)
        {
            var result = new List<ConflictRule>();
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (path, dto) in ruleFiles)
            {
                var id = Path.GetFileNameWithoutExtension(path);
                if (ids.TryGetValue(id, out var earlierLayer) && earlierLayer == layerOf[path])
                {
                    Error(dto, "CTR200", $"duplicate rule id '{id}'", "rule ids come from file names; rename one file", path);
                    continue;
                }

                ids[id] = layerOf[path];
                result.RemoveAll(r => r.Id == id);

                if (Required(dto, dto.Kind, "kind") is not { } kind || Required(dto, dto.Predicate, "predicate") is not { } predicateId)
                {
                    continue;
                }

                if (!RuleKinds.All.Contains(kind))
                {
                    Error(dto, "CTR201", $"unknown kind '{kind}'", $"expected one of: {string.Join(", ", RuleKinds.All)}");
                    continue;
                }

                if (!predicates.TryGetValue(predicateId, out var predicate))
                {
                    Error(dto, "CTR202", $"rule '{id}' names unknown predicate '{predicateId}'", $"use one of: {string.Join(", ", predicates.Keys.Order(StringComparer.Ordinal))}");
                    continue;
                }

                Severity? severity = dto.Severity switch
                {
                    null or "warning" => Severity.Warning,
                    "error" => Severity.Error,
                    "info" => Severity.Info,
                    _ => null,
                };
                if (severity is null)
                {
                    Error(dto, "CTR102", $"unknown severity '{dto.Severity}'", "use error, warning or info");
                    continue;
                }

                var compare = dto.Compare ?? (predicate.ValueKind == ValueKind.None ? "date" : predicate.ValueKind == ValueKind.Entity ? "object" : "value");
                if (compare is not ("value" or "date" or "object") && !qualifiers.ContainsKey(compare))
                {
                    Error(dto, "CTR204", $"rule '{id}' compares unknown '{compare}'", "use value, date, object or a qualifier id");
                    continue;
                }

                foreach (var q in (dto.MatchQualifiers ?? []).Concat(dto.SameQualifiers ?? []).Concat(dto.ScopeQualifiers ?? []).Where(q => !qualifiers.ContainsKey(q)))
                {
                    Error(dto, "CTR204", $"rule '{id}' names unknown qualifier '{q}'", $"use one of: {string.Join(", ", qualifiers.Keys.Order(StringComparer.Ordinal))}");
                }

                result.Add(RuleKinds.Create(new RuleSettings(
                    id,
                    kind,
                    predicateId,
                    severity.Value,
                    dto.Message,
                    compare,
                    dto.MatchQualifiers ?? [],
                    dto.SameQualifiers ?? [],
                    dto.ScopeQualifiers ?? [],
                    dto.Description ?? string.Empty)));
            }

            return result;
        }
    }
}
