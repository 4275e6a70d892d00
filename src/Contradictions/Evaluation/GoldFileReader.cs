using Contradictions.Claims;
using Contradictions.Evaluation.Yaml;

namespace Contradictions.Evaluation;

/// <summary>
/// Finds and reads gold files: <c>NAME.claims.yaml</c> beside the article <c>NAME.txt</c> (or <c>.md</c>,
/// <c>.html</c>), with <c>source:</c> (the article's file name, relative to the gold file) and <c>claims:</c>, a list of
/// claims with the keys <c>line</c>, <c>subject</c>, <c>inferred</c>, <c>predicate</c>, <c>value</c>, <c>object</c>,
/// <c>date</c>, <c>polarity</c>, <c>modality</c>, <c>qualifiers</c> and <c>says</c>.
/// </summary>
public static class GoldFileReader
{
    /// <summary>How a gold file's name ends.</summary>
    public const string Suffix = ".claims.yaml";

    private const string Hint = "a gold file has 'source' and 'claims'; each claim has line, subject and predicate, and may have inferred, value, object, date, polarity (affirmed, negated), modality (states, can, may), qualifiers and says";

    private static readonly string[] ArticleExtensions = [".txt", ".md", ".markdown", ".html", ".htm"];

    // Hidden folders (".git") hold no gold.
    private static readonly EnumerationOptions Below = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        MatchCasing = MatchCasing.CaseSensitive,
    };

    /// <summary>Every gold file below <paramref name="directory"/>, subfolders included, in ordinal order of path.</summary>
    /// <param name="directory">The folder to search.</param>
    /// <exception cref="DirectoryNotFoundException">When the folder does not exist.</exception>
    /// <exception cref="IOException">When a folder cannot be listed.</exception>
    /// <exception cref="UnauthorizedAccessException">When a folder may not be listed.</exception>
    public static IReadOnlyList<string> Find(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return Directory.EnumerateFiles(directory, "*" + Suffix, Below).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Reads one gold file and finds its article.</summary>
    /// <param name="path">The gold file's path.</param>
    /// <exception cref="GoldFileException">
    /// When the file cannot be read, is not valid YAML, has an unknown or repeated key, lacks a required key, gives a
    /// polarity or modality outside their words, or names no article that exists; the message has file, line and column.
    /// </exception>
    public static GoldFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var yaml = new GoldYaml(path, Hint);
        var dto = yaml.Deserialize<GoldFileDto>(yaml.ReadText());
        var claims = (dto.Claims ?? []).Select((c, i) => Claim(yaml, c, i + 1)).ToList();
        return new GoldFile(path, Article(yaml, dto), claims);
    }

    private static string Article(GoldYaml yaml, GoldFileDto dto)
    {
        var folder = Path.GetDirectoryName(yaml.Path) ?? string.Empty;
        if (!string.IsNullOrWhiteSpace(dto.Source))
        {
            var named = Path.Combine(folder, dto.Source);
            return File.Exists(named) ? named : throw yaml.Error(dto, $"'source' names {dto.Source}, which is not in {(folder.Length == 0 ? "this folder" : folder)}");
        }

        var stem = Path.GetFileName(yaml.Path)[..^Suffix.Length];
        return ArticleExtensions.Select(e => Path.Combine(folder, stem + e)).FirstOrDefault(File.Exists)
            ?? throw yaml.Error(dto, $"no 'source' and no article {stem}.txt, .md or .html beside the file");
    }

    private static GoldClaim Claim(GoldYaml yaml, GoldClaimDto? dto, int number)
    {
        if (dto is null)
        {
            // An empty item has no object whose place was recorded; its number finds it.
            throw yaml.WholeFileError($"claim {number} under 'claims' is empty");
        }

        string Required(string? value, string key) =>
            string.IsNullOrWhiteSpace(value) ? throw yaml.Error(dto, $"the claim has no '{key}'") : value;

        var line = dto.Line is >= 1 ? dto.Line.Value : throw yaml.Error(dto, dto.Line is null ? "the claim has no 'line'" : $"line {dto.Line} is not a line of the article");
        var polarity = dto.Polarity switch
        {
            null or "affirmed" => Polarity.Affirmed,
            "negated" => Polarity.Negated,
            _ => throw yaml.Error(dto, $"unknown polarity '{dto.Polarity}'; use affirmed or negated"),
        };
        var modality = dto.Modality switch
        {
            null or "states" => Modality.States,
            "can" => Modality.Can,
            "may" => Modality.May,
            _ => throw yaml.Error(dto, $"unknown modality '{dto.Modality}'; use states, can or may"),
        };
        var qualifiers = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in dto.Qualifiers ?? [])
        {
            qualifiers[name] = string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(value)
                ? throw yaml.Error(dto, $"the claim's qualifier '{name}' has an empty name or value")
                : value;
        }

        var at = yaml.MarkOf(dto);
        return new GoldClaim(
            line,
            Required(dto.Subject, "subject"),
            dto.Inferred,
            Required(dto.Predicate, "predicate"),
            NullIfBlank(dto.Value),
            NullIfBlank(dto.Object),
            NullIfBlank(dto.Date),
            polarity,
            modality,
            qualifiers,
            dto.Says)
        {
            GoldLine = (int)at.Line,
            GoldColumn = (int)at.Column,
        };
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
