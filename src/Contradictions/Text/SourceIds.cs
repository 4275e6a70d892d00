namespace Contradictions.Text;

/// <summary>
/// The ids of the sources of one run, unique within it. A source is known by its file name, as reports show it; when
/// two files of the run share a name (crawls are full of <c>index.html</c>), each of them is known by its path from
/// the folder that holds every file of the run instead (<c>a/index.html</c>, <c>b/index.html</c>), with <c>/</c>
/// between folders. Finding ids do not depend on source ids, so a baseline stays valid either way.
/// </summary>
public static class SourceIds
{
    /// <summary>An id for each path, in the same order; no two are the same.</summary>
    /// <param name="paths">The files of one run. The same file named twice is still given two ids; leave it out first.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="paths"/> is null.</exception>
    public static IReadOnlyList<string> For(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var names = paths.Select(Path.GetFileName).ToList();
        var shared = names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        if (shared.Count == 0)
        {
            return names!;
        }

        var full = paths.Select(Path.GetFullPath).ToList();
        var root = CommonFolder(full);
        var ids = new List<string>(paths.Count);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < paths.Count; i++)
        {
            var id = shared.Contains(names[i]!) ? Path.GetRelativePath(root, full[i]).Replace(Path.DirectorySeparatorChar, '/') : names[i]!;
            var unique = id;
            for (var n = 2; !taken.Add(unique); n++)
            {
                unique = $"{id}~{n}";
            }

            ids.Add(unique);
        }

        return ids;
    }

    /// <summary>The deepest folder that holds every one of the full paths.</summary>
    private static string CommonFolder(List<string> full)
    {
        var common = Path.GetDirectoryName(full[0]) ?? full[0];
        foreach (var path in full.Skip(1))
        {
            while (!path.StartsWith(Path.TrimEndingDirectorySeparator(common) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && Path.GetDirectoryName(common) is { } parent)
            {
                common = parent;
            }
        }

        return common;
    }
}
