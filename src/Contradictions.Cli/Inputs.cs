using Contradictions.Reporting;
using Contradictions.Text;

namespace Contradictions.Cli;

/// <summary>Turns the paths on the command line into sources; what cannot be read becomes a note, never a crash.</summary>
internal static class Inputs
{
    private static readonly string[] Extensions = [".txt", ".md"];

    /// <summary>Every file the paths name, with its size, and a note for each path that names none.</summary>
    public static (List<InputFile> Files, List<InputNote> Notes) Find(IEnumerable<string> paths)
    {
        var files = new List<InputFile>();
        var notes = new List<InputNote>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .Select(f => new InputFile(f, Size(f)))
                    .ToList();
                if (found.Count == 0)
                {
                    notes.Add(new InputNote(path, "folder has no *.txt or *.md files"));
                }

                files.AddRange(found);
            }
            else if (File.Exists(path))
            {
                files.Add(new InputFile(path, Size(path)));
            }
            else
            {
                notes.Add(new InputNote(path, "no such file or folder; check the path"));
            }
        }

        return (files, notes);
    }

    /// <summary>
    /// The files as sources, each read only when asked for, so that a check holds one text per worker at a time.
    /// A file that cannot be read is left out with a note added to <paramref name="notes"/>.
    /// </summary>
    public static IEnumerable<SourceDocument> Open(IReadOnlyList<InputFile> files, List<InputNote> notes, Progress? progress)
    {
        foreach (var file in files)
        {
            var source = ReadFile(file.Path, notes);
            progress?.FileDone(file.Bytes);
            if (source is not null)
            {
                yield return source;
            }
        }
    }

    /// <summary>Reads every file the paths name into memory.</summary>
    public static (List<SourceDocument> Sources, List<InputNote> Notes) Read(IEnumerable<string> paths)
    {
        var (files, notes) = Find(paths);
        return (Open(files, notes, null).ToList(), notes);
    }

    private static long Size(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (IOException)
        {
            return 0; // Reading it will say what is wrong.
        }
    }

    /// <summary>Reads one file, or adds a note and returns null.</summary>
    public static SourceDocument? ReadFile(string path, List<InputNote> notes)
    {
        try
        {
            return SourceDocument.FromFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SourceMetadataException)
        {
            lock (notes)
            {
                notes.Add(new InputNote(path, $"could not be read: {e.Message}"));
            }

            return null;
        }
    }
}

/// <summary>A file to read, and its size in bytes for progress.</summary>
/// <param name="Path">The path, as found from the command line.</param>
/// <param name="Bytes">Its size.</param>
internal sealed record InputFile(string Path, long Bytes);
