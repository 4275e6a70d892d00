using Contradictions.Reporting;

namespace Contradictions.Text;

/// <summary>
/// Reads the articles named by paths: files, or folders (every <c>*.txt</c> and <c>*.md</c> below them, except snapshot
/// files named <c>*.verified.txt</c> or <c>*.received.txt</c>).
/// </summary>
internal static class SourceFiles
{
    private static readonly string[] Extensions = [".txt", ".md"];

    /// <summary>The sources read, and a note for every path that could not be read; reading never throws for a bad path.</summary>
    public static async Task<(List<SourceDocument> Sources, List<InputNote> Notes)> ReadAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var sources = new List<SourceDocument>();
        var notes = new List<InputNote>();
        foreach (var path in paths)
        {
            var files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase) && !IsSnapshot(f))
                    .Order(StringComparer.Ordinal)
                    .ToList()
                : File.Exists(path) ? [path] : null;
            if (files is null)
            {
                notes.Add(new InputNote(path, "no such file or folder; check the path"));
                continue;
            }

            if (files.Count == 0)
            {
                notes.Add(new InputNote(path, "folder has no *.txt or *.md files"));
            }

            foreach (var file in files)
            {
                try
                {
                    sources.Add(await SourceDocument.FromFileAsync(file, cancellationToken).ConfigureAwait(false));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or SourceMetadataException)
                {
                    notes.Add(new InputNote(file, $"could not be read: {e.Message}"));
                }
            }
        }

        return (sources, notes);
    }

    // Snapshot files of article tests often sit beside the articles; they are never articles themselves.
    private static bool IsSnapshot(string file) =>
        file.EndsWith(".verified.txt", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".received.txt", StringComparison.OrdinalIgnoreCase);
}
