namespace Contradictions.Tests.Support;

/// <summary>A copy of the default pack in a temporary folder, to change for one test; deleted on dispose.</summary>
internal sealed class PackCopy : IDisposable
{
    public PackCopy()
    {
        Directory = Path.Combine(Path.GetTempPath(), "contradictions-pack-" + Guid.NewGuid().ToString("N"));
        foreach (var file in System.IO.Directory.GetFiles(Repository.Rules, "*.yaml", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Directory, Path.GetRelativePath(Repository.Rules, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Directory { get; }

    public PackCopy With(string relativePath, string yaml)
    {
        var target = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, yaml);
        return this;
    }

    /// <summary>Deletes a file or a folder of the copy, e.g. <c>tests/reading</c>.</summary>
    public PackCopy Without(string relativePath)
    {
        var target = Path.Combine(Directory, relativePath);
        if (System.IO.Directory.Exists(target))
        {
            System.IO.Directory.Delete(target, recursive: true);
        }
        else
        {
            File.Delete(target);
        }

        return this;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
