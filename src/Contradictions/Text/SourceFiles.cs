using System.IO.Enumeration;
using Contradictions.Reporting;

namespace Contradictions.Text;

/// <summary>
/// Reads the articles named by paths: files, or folders (every <c>*.txt</c> and <c>*.md</c> below them, except snapshot
/// files named <c>*.verified.txt</c> or <c>*.received.txt</c>, and reports of this tool, as the command leaves them out).
/// </summary>
internal static class SourceFiles
{
    private static readonly string[] Extensions = [".txt", ".md"];

    /// <summary>The sources read, and a note for every path that could not be read; reading never throws for a bad path.</summary>
    public static async Task<(List<SourceDocument> Sources, List<InputNote> Notes)> ReadAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var sources = new List<SourceDocument>();
        var notes = new List<InputNote>();
        var found = new List<string>();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            List<string>? files;
            try
            {
                files = Directory.Exists(path) ? ArticlesBelow(path, notes) : File.Exists(path) ? [path] : null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                notes.Add(new InputNote(path, $"the folder cannot be listed: {e.Message}"));
                continue;
            }

            if (files is null)
            {
                notes.Add(new InputNote(path, "no such file or folder; check the path"));
                continue;
            }

            if (files.Count == 0)
            {
                notes.Add(new InputNote(path, "the folder has no *.txt, *.md or *.html files"));
            }

            found.AddRange(files);
            if (Directory.Exists(path))
            {
                listed.UnionWith(files.Select(Path.GetFullPath));
            }
        }

        var unique = found.DistinctBy(Path.GetFullPath, StringComparer.Ordinal).ToList();
        var ids = SourceIds.For(unique);
        for (var i = 0; i < unique.Count; i++)
        {
            var file = unique[i];
            try
            {
                var source = await SourceDocument.FromFileAsync(file, cancellationToken).ConfigureAwait(false);
                // A report named on its own is read: the caller asked for it.
                if (listed.Contains(Path.GetFullPath(file)) && OwnReports.FormatOf(source.Text) is { } format)
                {
                    notes.Add(OwnReports.Skipped(file, format));
                    continue;
                }

                sources.Add(source.Id == ids[i] ? source : source with { Id = ids[i] });
            }
            catch (SourceReadException e)
            {
                notes.Add(new InputNote(file, e.Message));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or SourceMetadataException)
            {
                notes.Add(new InputNote(file, $"could not be read: {e.Message}"));
            }
        }

        return (sources, notes);
    }

    /// <summary>
    /// The articles below a folder, in ordinal order. A linked folder inside it is followed; one that leads back to a
    /// folder above it, which would list the same files without end, or out of it (a link to <c>/usr</c> in a crawl,
    /// thousands of files that are not articles) becomes a note instead, as in the command.
    /// </summary>
    private static List<string> ArticlesBelow(string root, List<InputNote> notes)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var files = new FileSystemEnumerable<string>(root, (ref FileSystemEntry entry) => entry.ToSpecifiedFullPath(), new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) =>
                !entry.IsDirectory && Extensions.Contains(Path.GetExtension(entry.FileName).ToString(), StringComparer.OrdinalIgnoreCase) && !IsSnapshot(entry.FileName.ToString()),
            ShouldRecursePredicate = (ref FileSystemEntry entry) =>
            {
                if ((entry.Attributes & FileAttributes.ReparsePoint) == 0)
                {
                    return true;
                }

                var link = entry.ToSpecifiedFullPath();
                var target = Path.TrimEndingDirectorySeparator(Directory.ResolveLinkTarget(link, returnFinalTarget: true)?.FullName ?? link);
                if (target == full || full.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    notes.Add(new InputNote(link, $"symbolic link loop: it leads back to {target}; not followed"));
                    return false;
                }

                if (!target.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    notes.Add(new InputNote(link, $"symbolic link to {target}, a folder outside {root}; not followed (name that folder itself to read it)", InputNoteKind.Warning));
                    return false;
                }

                return true;
            },
        };
        return files.Order(StringComparer.Ordinal).ToList();
    }

    // Snapshot files of article tests often sit beside the articles; they are never articles themselves.
    private static bool IsSnapshot(string file) =>
        file.EndsWith(".verified.txt", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".received.txt", StringComparison.OrdinalIgnoreCase);
}
