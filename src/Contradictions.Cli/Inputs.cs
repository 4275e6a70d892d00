using Contradictions.Reporting;
using Contradictions.Text;

namespace Contradictions.Cli;

/// <summary>
/// Turns the paths on the command line into sources. What cannot be read becomes a note naming the path, what is
/// wrong and what was done, never a crash; the other paths are still read.
/// </summary>
internal static class Inputs
{
    private static readonly string[] Extensions = [".txt", ".md", ".markdown", ".html", ".htm"];

    /// <summary>
    /// Whether a link to a folder outside the folder given is followed (<c>--follow-links</c>). By default it is noted
    /// and left: a link to <c>/usr</c> inside a crawl would otherwise read thousands of files that are not articles.
    /// </summary>
    public static bool FollowLinksOutside { get; set; }

    /// <summary>Reads the paths and tells stderr about every input that could not be read.</summary>
    public static (List<SourceDocument> Sources, List<InputNote> Notes) ReadAndReport(IEnumerable<string> paths)
    {
        var (sources, notes) = Read(paths);
        Commands.CommonOptions.PrintNotes(notes);

        return (sources, notes);
    }

    // Hidden entries (".git", the report's own temporary file) are not articles.
    private static readonly EnumerationOptions Listing = new()
    {
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    /// <summary>Every file the paths name, with its size, and a note for each path that names none.</summary>
    public static (List<InputFile> Files, List<InputNote> Notes) Find(IEnumerable<string> paths)
    {
        var files = new List<InputFile>();
        var notes = new List<InputNote>();
        foreach (var path in paths)
        {
            if (LinkProblem(path) is { } problem)
            {
                notes.Add(new InputNote(path, problem));
            }
            else if (Directory.Exists(path))
            {
                var found = ArticleFiles(path, notes);
                if (found.Count == 0)
                {
                    notes.Add(new InputNote(path, "the folder has no *.txt, *.md or *.html files"));
                }

                files.AddRange(found.Select(f => new InputFile(f, Size(f)) { Listed = true }));
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

        return (Identified(files, notes), notes);
    }

    /// <summary>
    /// Each file once (a file named twice, or reached through a link as well, is read the first time only, with a
    /// note), and with an id unique in the run: its file name, or its path from the common folder when two files
    /// share the name (<see cref="SourceIds"/>).
    /// </summary>
    private static List<InputFile> Identified(List<InputFile> files, List<InputNote> notes)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        var once = new List<InputFile>(files.Count);
        foreach (var file in files)
        {
            if (first.TryAdd(RealPath(file.Path), file.Path))
            {
                once.Add(file);
            }
            else
            {
                notes.Add(new InputNote(file.Path, $"the same file as {first[RealPath(file.Path)]}; read once", InputNoteKind.Warning));
            }
        }

        var ids = SourceIds.For(once.Select(f => f.Path).ToList());
        return once.Select((f, i) => f with { Id = ids[i] }).ToList();
    }

    /// <summary>
    /// The files as sources, each read only when asked for, so that a check holds one text per worker at a time.
    /// A file that cannot be read is left out with a note added to <paramref name="notes"/>; <paramref name="reading"/>
    /// hears of each file before it is read, <paramref name="progress"/> after.
    /// </summary>
    public static IEnumerable<SourceDocument> Open(IReadOnlyList<InputFile> files, List<InputNote> notes, Action<string>? reading = null, Progress? progress = null)
    {
        foreach (var file in files)
        {
            reading?.Invoke(file.Path);
            var source = ReadFile(file, notes);
            progress?.FileDone(file.Bytes);
            if (source is not null)
            {
                yield return source;
            }
        }
    }

    /// <summary>Reads every file and folder given into memory; <paramref name="reading"/> hears of each file before it is read.</summary>
    public static (List<SourceDocument> Sources, List<InputNote> Notes) Read(IEnumerable<string> paths, Action<string>? reading = null)
    {
        var (files, notes) = Find(paths);
        return (Open(files, notes, reading).ToList(), notes);
    }

    private static long Size(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0; // Reading it will say what is wrong.
        }
    }

    /// <summary>
    /// Every article below a folder, in ordinal order. Links to folders are followed once each: a link back to a
    /// folder already listed is a loop, noted and not followed. Folders that cannot be listed are noted.
    /// </summary>
    private static List<string> ArticleFiles(string root, List<InputNote> notes)
    {
        var files = new List<string>();
        var top = RealPath(root);
        var listed = new HashSet<string>(StringComparer.Ordinal) { top };
        var pending = new Stack<(string Path, string Real)>([(root, RealPath(root))]);
        while (pending.TryPop(out var folder))
        {
            List<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(folder.Path).EnumerateFileSystemInfos("*", Listing).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                notes.Add(new InputNote(folder.Path, $"the folder cannot be listed: {Reason(e)}"));
                continue;
            }

            foreach (var entry in entries)
            {
                var path = Path.Combine(folder.Path, entry.Name);
                if (entry is DirectoryInfo)
                {
                    var real = entry.LinkTarget is null ? Path.Combine(folder.Real, entry.Name) : RealPath(path);
                    if (entry.LinkTarget is not null && !IsWithin(real, top) && IsWithin(top, real))
                    {
                        notes.Add(new InputNote(path, $"symbolic link loop: it leads back to {real}; not followed"));
                    }
                    else if (entry.LinkTarget is not null && !IsWithin(real, top) && !FollowLinksOutside)
                    {
                        notes.Add(new InputNote(path, $"symbolic link to {real}, a folder outside {root}; not followed (add --follow-links to read it)", InputNoteKind.Warning));
                    }
                    else if (listed.Add(real))
                    {
                        pending.Push((path, real));
                    }
                    else
                    {
                        notes.Add(IsWithin(folder.Real, real)
                            ? new InputNote(path, $"symbolic link loop: it leads back to {real}; not followed")
                            : new InputNote(path, $"symbolic link to a folder already read ({real}); not read twice", InputNoteKind.Warning));
                    }
                }
                else if (entry.LinkTarget is not null && LinkProblem(path) is { } problem)
                {
                    if (problem.StartsWith("symbolic link loop", StringComparison.Ordinal) || IsArticle(path))
                    {
                        notes.Add(new InputNote(path, problem));
                    }
                }
                else if (IsArticle(path))
                {
                    files.Add(path);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static bool IsArticle(string path) => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static bool IsWithin(string folder, string ancestor) =>
        folder == ancestor || folder.StartsWith(Path.TrimEndingDirectorySeparator(ancestor) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>What is wrong with a path that is a symbolic link going nowhere, or <see langword="null"/>.</summary>
    private static string? LinkProblem(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is null)
            {
                return null;
            }

            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            return target is { Exists: false } && !Directory.Exists(target.FullName)
                ? $"symbolic link to {info.LinkTarget}, which does not exist; fix or remove the link"
                : null;
        }
        catch (IOException)
        {
            // Resolving fails only when the links go round in a circle (ELOOP).
            return "symbolic link loop: the link leads back to itself; fix or remove the link";
        }
        catch (UnauthorizedAccessException e)
        {
            return $"cannot be read: {Reason(e)}";
        }
    }

    /// <summary>The path with every symbolic link in it resolved, so that one folder has one name.</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        foreach (var part in full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            try
            {
                current = new DirectoryInfo(next).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? next;
            }
            catch (IOException)
            {
                current = next;
            }
        }

        return current;
    }

    /// <summary>Reads one file under its id, or adds a note saying why it cannot be read and returns null.</summary>
    public static SourceDocument? ReadFile(InputFile file, List<InputNote> notes)
    {
        var path = file.Path;
        string? problem;
        try
        {
            var source = SourceDocument.FromFile(path);
            if (file.Listed && OwnReports.FormatOf(source.Text) is { } format)
            {
                lock (notes)
                {
                    notes.Add(OwnReports.Skipped(path, format));
                }

                return null;
            }

            return file.Id is null || file.Id == source.Id ? source : source with { Id = file.Id };
        }
        catch (SourceReadException e)
        {
            problem = e.Message;
        }
        catch (SourceMetadataException e)
        {
            problem = $"its sidecar metadata cannot be used: {e.Message}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A name that is not valid UTF-8 reaches .NET with U+FFFD in place of its bad bytes, and no longer names the file.
            problem = e is FileNotFoundException && Path.GetFileName(path).Contains('\uFFFD', StringComparison.Ordinal)
                ? "cannot be read: its name is not valid UTF-8 (shown here with U+FFFD), which this tool cannot open; rename the file"
                : $"cannot be read: {Reason(e)}";
        }

        // Files are read on the check's worker threads.
        lock (notes)
        {
            notes.Add(new InputNote(path, problem));
        }

        return null;
    }

    /// <summary>The operating system's reason, in words a user acts on.</summary>
    private static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied; check the file's permissions",
        FileNotFoundException or DirectoryNotFoundException => "it no longer exists",
        PathTooLongException => "the path is too long for the file system",
        _ => e.Message,
    };
}

/// <summary>A file to read, and its size in bytes for progress.</summary>
/// <param name="Path">The path, as found from the command line.</param>
/// <param name="Bytes">Its size.</param>
internal sealed record InputFile(string Path, long Bytes)
{
    /// <summary>The source id, unique in the run; null for the file name.</summary>
    public string? Id { get; init; }

    /// <summary>True for a file found in a folder given, false for one named itself.</summary>
    public bool Listed { get; init; }
}
