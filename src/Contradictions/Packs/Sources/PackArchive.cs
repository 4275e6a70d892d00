using System.IO.Compression;

namespace Contradictions.Packs.Sources;

/// <summary>A pack's files in a zip archive of its folder: every <c>*.yaml</c> and <c>*.yml</c> entry.</summary>
internal static class PackArchive
{
    /// <summary>The entries as (path, text), each path under <paramref name="name"/>.</summary>
    /// <exception cref="RulePackException">When the stream is not a zip archive.</exception>
    public static List<(string Path, string Text)> Read(Stream archive, string name)
    {
        try
        {
            using var zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
            return zip.Entries
                .Where(e => Path.GetExtension(e.FullName) is ".yaml" or ".yml")
                .Select(e =>
                {
                    using var reader = new StreamReader(e.Open());
                    return (Path: name + "/" + e.FullName.Replace('\\', '/'), Text: reader.ReadToEnd());
                })
                .OrderBy(f => f.Path, StringComparer.Ordinal)
                .ToList();
        }
        catch (InvalidDataException e)
        {
            throw new RulePackException([new PackDiagnostic("CTR001", name, 0, 0, $"not a zip archive: {e.Message}", "pass a .zip of the pack folder")]);
        }
    }
}
