using System.IO.Enumeration;
using Contradictions.Files;

namespace Contradictions.Packs.Sources;

/// <summary>A pack's files in a folder: every YAML file below it, each read to at most the limit of a pack file.</summary>
internal static class PackFolder
{
    /// <summary>The files as (path, text), paths starting with the folder's name, and the problems of those not read.</summary>
    /// <exception cref="RulePackException">When the folder is missing or cannot be listed.</exception>
    public static (List<(string Path, string Text)> Files, List<PackDiagnostic> Unread) Read(string directory)
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
            paths = YamlFiles(directory, loop => unread.Add(new PackDiagnostic(
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
                files.Add((relative, LimitedFile.ReadAllText(path, RulePackLoader.MaxFileBytes, "a pack file")));
            }
            catch (LimitedFileException e)
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

    /// <summary>A pack file over <see cref="RulePackLoader.MaxFileBytes"/>, however it was found out.</summary>
    public static PackDiagnostic TooLarge(string path) =>
        new("CTR104", path, 0, 0, "the file is larger than the limit of 1,048,576 bytes (1 MiB) for a pack file", "split it into smaller files; a whole pack needs far less");

    /// <summary>
    /// Every YAML file below the pack folder. Linked folders are followed, except those that lead back into the
    /// pack, which would list its files again and again; those are handed to <paramref name="loop"/>.
    /// </summary>
    private static List<string> YamlFiles(string directory, Action<string> loop)
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
}
