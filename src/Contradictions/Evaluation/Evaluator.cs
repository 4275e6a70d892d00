using Contradictions.Reporting;
using Contradictions.Text;

namespace Contradictions.Evaluation;

/// <summary>
/// Measures a pack on a folder of articles it was not written from: every gold file below the folder
/// (<c>NAME.claims.yaml</c>, see <see cref="GoldFileReader"/>) names an article; those articles are checked together,
/// their assertions scored against the gold claims and, when the folder holds <c>conflicts.yaml</c>, the findings
/// against the listed conflicts. Articles without a gold file are not read.
/// </summary>
public static class Evaluator
{
    /// <summary>Evaluates <paramref name="checker"/>'s pack on the folder.</summary>
    /// <param name="checker">The checker, built on the pack to measure.</param>
    /// <param name="directory">The folder: gold files below it, subfolders included, and perhaps <c>conflicts.yaml</c> in it.</param>
    /// <returns>The scores; with no gold file below the folder, empty ones.</returns>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="DirectoryNotFoundException">When the folder does not exist.</exception>
    /// <exception cref="GoldFileException">
    /// When a gold file or the conflict list is malformed, or two gold files describe articles with the same file name.
    /// </exception>
    public static PackEvaluation Evaluate(ContradictionChecker checker, string directory)
    {
        ArgumentNullException.ThrowIfNull(checker);
        ArgumentNullException.ThrowIfNull(directory);
        var gold = GoldFileReader.Find(directory).Select(GoldFileReader.Read).ToList();
        RefuseTwoArticlesOfOneName(gold);
        var listPath = Path.Combine(directory, ConflictListReader.FileName);
        var listed = File.Exists(listPath) ? ConflictListReader.Read(listPath) : null;

        var notes = new List<InputNote>();
        var report = checker.Check(gold.Select(g => Read(g.Article, notes)).OfType<SourceDocument>().ToList(), notes);
        return new PackEvaluation(
            gold,
            new ClaimScorer(checker.Pack).Score(gold, report.Assertions),
            listed is null ? null : ConflictScorer.Score(listed, report.Findings),
            report);
    }

    // Sources are known by file name, so two articles of one name would pool their claims.
    private static void RefuseTwoArticlesOfOneName(List<GoldFile> gold)
    {
        var first = new Dictionary<string, GoldFile>(StringComparer.Ordinal);
        foreach (var file in gold)
        {
            if (!first.TryAdd(Path.GetFileName(file.Article), file))
            {
                var other = first[Path.GetFileName(file.Article)];
                throw new GoldFileException(file.Path, 0, 0, $"its article has the name of {other.Path}'s article, {Path.GetFileName(other.Article)}", "sources are known by file name; rename one of the articles");
            }
        }
    }

    /// <summary>The article, or a note on why it cannot be read: its gold claims then count as missed.</summary>
    private static SourceDocument? Read(string path, List<InputNote> notes)
    {
        try
        {
            return SourceDocument.FromFile(path);
        }
        catch (Exception e) when (e is SourceReadException or SourceMetadataException or IOException or UnauthorizedAccessException)
        {
            notes.Add(new InputNote(path, $"cannot be read: {e.Message}"));
            return null;
        }
    }
}
