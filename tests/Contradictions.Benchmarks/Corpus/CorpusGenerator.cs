using System.Globalization;
using System.Text;
using Contradictions.Claims;
using Contradictions.Text;

namespace Contradictions.Benchmarks.Corpus;

/// <summary>
/// Writes a corpus of articles built from the seed articles: each article is a title and runs of consecutive lines
/// taken from the seeds (so lists keep their headers and "it" keeps a nearby name), plus one planted sentence on a
/// line of its own. Planted sentences are the seed sentences that stand on a side of a seed finding and read the same
/// claim on their own; the manifest says where each went. The same seed number gives the same bytes.
/// </summary>
public sealed class CorpusGenerator
{
    /// <summary>Articles per subfolder, so that no folder gets unwieldy at 1 GB.</summary>
    private const int ArticlesPerFolder = 1000;

    private readonly List<string[]> seedLines;
    private readonly List<string> titles;

    /// <summary>Prepares a generator: finds the seed sentences that can be planted.</summary>
    /// <param name="checker">The checker whose pack decides what conflicts.</param>
    /// <param name="seeds">The seed articles.</param>
    /// <exception cref="ArgumentException">When there are no seeds.</exception>
    public CorpusGenerator(ContradictionChecker checker, IReadOnlyList<SourceDocument> seeds)
    {
        ArgumentNullException.ThrowIfNull(checker);
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentOutOfRangeException.ThrowIfZero(seeds.Count);
        var ordered = seeds.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        seedLines = ordered.Select(s => s.Text.ReplaceLineEndings("\n").Split('\n')).ToList();
        titles = ordered.Select(s => s.Title).ToList();
        Plantable = FindPlantable(checker, ordered);
    }

    /// <summary>The claims this generator plants, in a fixed order.</summary>
    public IReadOnlyList<PlantedClaim> Plantable { get; }

    /// <summary>Parses a size such as <c>100MB</c>, <c>1GB</c>, <c>512KB</c> or a plain byte count (1 MB = 10^6 bytes).</summary>
    /// <exception cref="FormatException">When the text is not a size.</exception>
    public static long ParseSize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var units = new (string Suffix, long Factor)[] { ("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000), ("B", 1) };
        foreach (var (suffix, factor) in units)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(text[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0)
            {
                return (long)(number * factor);
            }
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) && bytes > 0
            ? bytes
            : throw new FormatException($"'{text}' is not a size; write e.g. 100MB, 1GB or 250000");
    }

    /// <summary>
    /// Writes articles into <paramref name="directory"/> (in subfolders of 1000) until they reach
    /// <paramref name="bytes"/>, with <c>planted.tsv</c> beside them listing where each claim was planted.
    /// </summary>
    /// <param name="directory">The corpus folder; created when missing.</param>
    /// <param name="bytes">The size to reach, in UTF-8 bytes of article text.</param>
    /// <param name="seed">The random seed: the same seed gives the same corpus.</param>
    public CorpusManifest Write(string directory, long bytes, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var random = new SplitMix64(seed);
        var planted = new List<PlantedSite>();
        long written = 0;
        var count = 0;
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        while (written < bytes)
        {
            var relative = $"{count / ArticlesPerFolder:D4}/{count:D6}.txt";
            var (text, line) = Article(random, count);
            var path = Path.Combine(directory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var data = encoding.GetBytes(text);
            File.WriteAllBytes(path, data);
            if (Plantable.Count > 0)
            {
                planted.Add(new PlantedSite(relative, line, Plantable[count % Plantable.Count]));
            }

            written += data.Length;
            count++;
        }

        File.WriteAllLines(
            Path.Combine(directory, "planted.tsv"),
            planted.Select(p => string.Join('\t', p.File, p.Line.ToString(CultureInfo.InvariantCulture), p.Claim.Rule, p.Claim.Side, p.Claim.Quote)),
            encoding);
        return new CorpusManifest(count, written, planted);
    }

    /// <summary>Reads the sites listed in a corpus folder's <c>planted.tsv</c>.</summary>
    public static IReadOnlyList<PlantedSite> ReadManifest(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return File.ReadAllLines(Path.Combine(directory, "planted.tsv"))
            .Select(l => l.Split('\t'))
            .Select(f => new PlantedSite(f[0], int.Parse(f[1], CultureInfo.InvariantCulture), new PlantedClaim(f[2], f[3], f[4])))
            .ToList();
    }

    /// <summary>One article of 4–16 KB, and the line its planted claim is on.</summary>
    private (string Text, int PlantedLine) Article(SplitMix64 random, int number)
    {
        var text = new StringBuilder();
        var target = random.Next(4_000, 16_000);
        text.Append(CultureInfo.InvariantCulture, $"{titles[random.Next(titles.Count)]} ({number + 1})\n");
        var plantAfter = random.Next(1, 4);
        var plantedLine = 0;
        for (var run = 0; text.Length < target || run <= plantAfter; run++)
        {
            if (run == plantAfter && Plantable.Count > 0)
            {
                text.Append('\n');
                plantedLine = LineCount(text) + 1;
                text.Append(Plantable[number % Plantable.Count].Quote).Append('\n');
            }

            var lines = seedLines[random.Next(seedLines.Count)];
            var start = random.Next(lines.Length);
            text.Append('\n');
            foreach (var line in lines.Skip(start).Take(random.Next(4, 13)))
            {
                text.Append(line).Append('\n');
            }
        }

        return (text.ToString(), plantedLine);
    }

    private static int LineCount(StringBuilder text)
    {
        var lines = 0;
        foreach (var chunk in text.GetChunks())
        {
            lines += chunk.Span.Count('\n');
        }

        return lines;
    }

    /// <summary>
    /// The sentences on either side of a seed finding that, alone on a line, read exactly the claim they read in
    /// their seed (no "it" that needs the sentences before, no list header above).
    /// </summary>
    private static List<PlantedClaim> FindPlantable(ContradictionChecker checker, IReadOnlyList<SourceDocument> seeds)
    {
        var report = checker.Check(seeds);
        var assertions = report.Assertions.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var result = new List<PlantedClaim>();
        foreach (var finding in report.Findings.OrderBy(f => f.Rule, StringComparer.Ordinal).ThenBy(f => f.Id, StringComparer.Ordinal))
        {
            foreach (var evidence in finding.Evidence.Where(e => !e.Reference))
            {
                var original = assertions[evidence.Assertion];
                if (original.SubjectInferred || result.Exists(p => p.Rule == finding.Rule && p.Quote == evidence.Quote))
                {
                    continue;
                }

                var alone = checker.Extract(SourceDocument.FromText("probe.txt", evidence.Quote));
                if (alone.Any(a => SameClaim(a, original)))
                {
                    result.Add(new PlantedClaim(finding.Rule, evidence.Side, evidence.Quote));
                }
            }
        }

        return result;
    }

    private static bool SameClaim(Assertion a, Assertion b) =>
        a.Subject == b.Subject && a.Predicate == b.Predicate && a.Value?.Normalized == b.Value?.Normalized && a.ObjectEntity == b.ObjectEntity
        && a.Date == b.Date && a.Polarity == b.Polarity && a.Modality == b.Modality && !a.SubjectInferred
        && a.Qualifiers.Select(q => (q.Name, q.Value)).SequenceEqual(b.Qualifiers.Select(q => (q.Name, q.Value)));
}
