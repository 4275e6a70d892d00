using Contradictions.Claims.Normalizers;
using Contradictions.Packs.Sections;
using Contradictions.Packs.Sources;
using Contradictions.Packs.Yaml;
using YamlDotNet.Core;

namespace Contradictions.Packs;

/// <summary>
/// One load of a pack's files: reads each file's YAML, hands each section to its reader in the order the sections
/// depend on each other, and throws the problems of all of them together.
/// </summary>
internal sealed class PackLoad(IReadOnlyList<(string Path, string Text, int Layer)> files, IReadOnlyList<PackDiagnostic> unread)
{
    private readonly SectionContext context = new(
        files.GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Layer, StringComparer.Ordinal),
        unread);

    /// <summary>The pack, once every file and section has been read without a problem.</summary>
    /// <exception cref="RulePackException">With every problem found, when there is any.</exception>
    public RulePack Run()
    {
        var packFiles = new List<PackFile>();
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
                packFiles.Add(new PackFile(path, dto));
            }
        }

        // A section's reader may rely on the sections read before it being whole.
        context.Stop();
        var name = packFiles.Select(f => f.Dto.Name).LastOrDefault(n => n is not null) ?? "pack";
        var language = new LanguageReader(context).Read(packFiles);
        var entities = new EntityReader(context).Read(packFiles);
        var qualifiers = new QualifierReader(context).Read(packFiles);
        var predicates = new PredicateReader(context, qualifiers).Read(packFiles);
        context.Stop();
        var dates = new DateExpressionParser(language.Months, language.DateParts, language.MonthYearJoiners, language.DateArticles, language.RelativeDates);
        var compiler = new PatternCompiler(entities, qualifiers, dates, language);
        var patterns = new PatternReader(context, predicates, qualifiers, compiler).Read(packFiles);
        var facts = new FactReader(context, entities, predicates, qualifiers, dates).Read(packFiles);
        var (lexicons, lexiconAnaphors) = new LexiconReader(context).Read(packFiles);
        var frames = new FrameReader(context, predicates, qualifiers, entities, lexicons, language.AnaphorKinds.Values.SelectMany(k => k)).Read(packFiles);
        var rules = new RuleReader(context, predicates, qualifiers).Read(ruleFiles);
        context.Stop();
        return new RulePack(name, language, entities, qualifiers, predicates, patterns, facts, rules, dates) { TestFiles = testFiles, Lexicons = lexicons, LexiconAnaphors = lexiconAnaphors, Frames = frames };
    }

    private static bool IsRuleFile(string path) => path.Contains("/conflicts/", StringComparison.Ordinal);

    /// <summary>A pack's own tests (its <c>tests/</c> folder) are read by the pack test runner, not as pack content.</summary>
    private static bool IsTestFile(string path) => path.Contains("/tests/", StringComparison.Ordinal);

    /// <summary>The file's YAML read into <typeparamref name="T"/>, or null after the problem that stopped it.</summary>
    private T? Parse<T>(string path, string text)
        where T : class
    {
        if (text.Length > RulePackLoader.MaxFileBytes)
        {
            context.Add(PackFolder.TooLarge(path));
            return null;
        }

        if (AliasBudget.FindOverflow(text) is { } stop)
        {
            context.Add(stop.Overflow
                ? new PackDiagnostic("CTR103", path, (int)stop.At.Line, (int)stop.At.Column, $"YAML aliases here copy in more than {AliasBudget.MaxCopiedNodes} nodes", "write the values out instead of nesting anchors and aliases")
                : new PackDiagnostic("CTR100", path, (int)stop.At.Line, (int)stop.At.Column, stop.Problem ?? "the YAML cannot be read past this place", stop.Problem is null ? "check the brackets and quotes that follow" : "write the values out with fewer levels"));
            return null;
        }

        var deserializer = StrictYaml.Builder(context.Marks).Build();
        try
        {
            var dto = deserializer.Deserialize<T>(text);
            if (dto is not null)
            {
                context.SetFile(dto, path);
                foreach (var (at, message) in EmptyValues.Find(dto))
                {
                    context.Error(at, "CTR101", message, "give it a value, or leave it out", path);
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
            context.Add(new PackDiagnostic("CTR100", path, (int)e.Start.Line, (int)e.Start.Column, message, hint));
            return null;
        }
    }
}
