using Contradictions.Reporting;
using Contradictions.Text;

namespace Contradictions.Cli;

/// <summary>Turns the paths on the command line into sources; what cannot be read becomes a note, never a crash.</summary>
internal static class Inputs
{
    private static readonly string[] Extensions = [".txt", ".md", ".markdown", ".html", ".htm"];

    /// <summary>Reads the paths and tells stderr about every input that could not be read.</summary>
    public static (List<SourceDocument> Sources, List<InputNote> Notes) ReadAndReport(IEnumerable<string> paths)
    {
        var (sources, notes) = Read(paths);
        foreach (var note in notes)
        {
            Console.Error.WriteLine($"{note.Input}: {note.Message}");
        }

        return (sources, notes);
    }

    public static (List<SourceDocument> Sources, List<InputNote> Notes) Read(IEnumerable<string> paths)
    {
        var sources = new List<SourceDocument>();
        var notes = new List<InputNote>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0)
                {
                    notes.Add(new InputNote(path, "folder has no *.txt, *.md or *.html files"));
                }

                foreach (var file in files)
                {
                    ReadFile(file, sources, notes);
                }
            }
            else if (File.Exists(path))
            {
                ReadFile(path, sources, notes);
            }
            else
            {
                notes.Add(new InputNote(path, "no such file or folder; check the path"));
            }
        }

        return (sources, notes);
    }

    private static void ReadFile(string path, List<SourceDocument> sources, List<InputNote> notes)
    {
        try
        {
            sources.Add(SourceDocument.FromFile(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SourceMetadataException)
        {
            notes.Add(new InputNote(path, $"could not be read: {e.Message}"));
        }
    }
}
