namespace Contradictions.Tests.Evaluation;

/// <summary>A fresh folder for articles, gold files and conflict lists written by a test; deleted afterwards.</summary>
internal sealed class GoldFolder : IDisposable
{
    public GoldFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "contradictions-gold-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes a file at a path relative to the folder, making its folders; returns its full path.</summary>
    public string Write(string relative, string text)
    {
        var path = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
