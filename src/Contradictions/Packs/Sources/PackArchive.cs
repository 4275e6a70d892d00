using System.IO.Compression;
using Contradictions.Files;

namespace Contradictions.Packs.Sources;

/// <summary>A pack's files in a zip archive of its folder: every <c>*.yaml</c> and <c>*.yml</c> entry.</summary>
internal static class PackArchive
{
    /// <summary>
    /// The entries as (path, text), each path under <paramref name="name"/>, and the problems of those not read. An
    /// entry is read to at most the limit of a pack file, as a file in a folder is: a small archive can unpack to
    /// gigabytes. One that declares more is refused unread, and what is unpacked is counted as well.
    /// </summary>
    /// <exception cref="RulePackException">When the stream is not a zip archive.</exception>
    public static (List<(string Path, string Text)> Files, List<PackDiagnostic> Unread) Read(Stream archive, string name)
    {
        var files = new List<(string Path, string Text)>();
        var unread = new List<PackDiagnostic>();
        try
        {
            using var zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
            foreach (var entry in zip.Entries.Where(e => Path.GetExtension(e.FullName) is ".yaml" or ".yml"))
            {
                var path = name + "/" + entry.FullName.Replace('\\', '/');
                if (entry.Length > RulePackLoader.MaxFileBytes)
                {
                    unread.Add(PackFolder.TooLarge(path));
                    continue;
                }

                try
                {
                    using var stream = entry.Open();
                    files.Add((path, LimitedFile.ReadToEnd(stream, RulePackLoader.MaxFileBytes, "a pack file")));
                }
                catch (LimitedFileException)
                {
                    unread.Add(PackFolder.TooLarge(path));
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new RulePackException([new PackDiagnostic("CTR001", name, 0, 0, $"not a zip archive: {e.Message}", "pass a .zip of the pack folder")]);
        }

        return (files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(), unread);
    }
}
