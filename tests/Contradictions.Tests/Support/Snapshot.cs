using System.Runtime.CompilerServices;
using System.Text;
using Contradictions.Testing;

namespace Contradictions.Tests.Support;

/// <summary>
/// The project's own text snapshots: <see cref="SnapshotFile"/>, the implementation that Contradictions.Testing ships,
/// with machine-specific paths scrubbed first. It follows Verify's conventions (file names, received/verified pair,
/// scrubbing), so that switching to Verify later only means replacing calls, not renaming snapshot files.
/// </summary>
public static class Snapshot
{
    /// <summary>Environment variable that turns a mismatch into an update of the verified file.</summary>
    public const string AcceptVariable = SnapshotFile.AcceptVariable;

    /// <summary>
    /// Compares <paramref name="actual"/> with <c>&lt;Class&gt;.&lt;Method&gt;[_parameters].verified.txt</c>
    /// next to the calling test's source file, and fails the test when they differ.
    /// </summary>
    /// <param name="actual">The text under test; it is scrubbed and normalized first.</param>
    /// <param name="parameters">Distinguishes cases of one test, e.g. <c>source=000</c>.</param>
    /// <param name="sourceFile">Supplied by the compiler; do not pass.</param>
    /// <param name="method">Supplied by the compiler; do not pass. Call from the test method itself.</param>
    public static void Verify(
        string actual,
        string? parameters = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string method = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        SnapshotFile.Verify(Scrub(actual, Repository.Root), parameters, sourceFile, method);
    }

    /// <summary>
    /// Replaces machine-specific paths with placeholders: the repository root becomes
    /// <c>{RepoRoot}</c> and the temp folder becomes <c>{TempPath}</c>.
    /// </summary>
    /// <param name="text">Text that may mention absolute paths.</param>
    /// <param name="repoRoot">The repository root, or <see langword="null"/> when unknown.</param>
    public static string Scrub(string text, string? repoRoot)
    {
        ArgumentNullException.ThrowIfNull(text);

        var replacements = new List<(string Path, string Placeholder)>
        {
            (TrimSeparator(Path.GetTempPath()), "{TempPath}"),
        };
        if (!string.IsNullOrEmpty(repoRoot))
        {
            replacements.Add((TrimSeparator(repoRoot), "{RepoRoot}"));
        }

        // Longest first: the repository may live inside the temp folder (or the reverse).
        foreach (var (path, placeholder) in replacements.OrderByDescending(r => r.Path.Length))
        {
            text = ReplacePath(text, path, placeholder);
            var otherSeparators = path.Replace('\\', '/');
            if (otherSeparators != path)
            {
                text = ReplacePath(text, otherSeparators, placeholder);
            }
        }

        return text;
    }

    private static string TrimSeparator(string path) =>
        path.Length > 1 ? path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : path;

    // Only whole path segments are replaced, so "/tmp" does not turn "/tmpfiles" into "{TempPath}files".
    private static string ReplacePath(string text, string path, string placeholder)
    {
        if (path.Length <= 1)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var position = 0;
        while (true)
        {
            var index = text.IndexOf(path, position, StringComparison.Ordinal);
            if (index < 0)
            {
                break;
            }

            var end = index + path.Length;
            var atBoundary = end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] is '_' or '-');
            result.Append(text, position, index - position).Append(atBoundary ? placeholder : path);
            position = end;
        }

        return result.Append(text, position, text.Length - position).ToString();
    }
}
