using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex;
using NUnit.Framework;

namespace Contradictions.Tests.Support;

/// <summary>
/// A small stand-in for Verify.NUnit, which cannot be restored here. It follows Verify's
/// conventions (file names, received/verified pair, scrubbing) so that switching to Verify
/// later only means replacing calls, not renaming snapshot files.
/// </summary>
public static class Snapshot
{
    /// <summary>Environment variable that turns a mismatch into an update of the verified file.</summary>
    public const string AcceptVariable = "CONTRADICTIONS_ACCEPT_SNAPSHOTS";

    private const string SolutionFile = "Contradictions.sln";
    private const int ContextLines = 3;
    private const int MaxDiffLines = 200;

    // Windows' set whatever the current OS, so a snapshot named on Linux can be checked out on Windows.
    private const string InvalidFileNameChars = "<>:\"/\\|?*";

    // Written without a BOM so the files stay byte-identical across platforms and editors.
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

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

        var directory = SourceDirectory(sourceFile);
        var baseName = BaseName(ClassName(sourceFile), method, parameters);
        var result = Compare(directory, baseName, actual, AcceptRequested());
        if (result.Outcome == SnapshotOutcome.Mismatch)
        {
            Assert.Fail(result.Message ?? $"Snapshot {baseName} does not match.");
        }
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

    /// <summary>
    /// Compares <paramref name="actual"/> with the verified file in <paramref name="directory"/>.
    /// Writes the received file on a mismatch, or the verified file when <paramref name="accept"/> is set.
    /// </summary>
    internal static SnapshotResult Compare(string directory, string baseName, string actual, bool accept)
    {
        var verifiedPath = Path.Combine(directory, VerifiedFileName(baseName));
        var receivedPath = Path.Combine(directory, ReceivedFileName(baseName));
        var received = Normalize(Scrub(actual, FindRepoRoot(directory)));

        var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (verified == received)
        {
            File.Delete(receivedPath);
            return new SnapshotResult(SnapshotOutcome.Matched, verifiedPath, receivedPath, Message: null);
        }

        Directory.CreateDirectory(directory);
        if (accept)
        {
            File.WriteAllText(verifiedPath, received, Utf8NoBom);
            File.Delete(receivedPath);
            return new SnapshotResult(SnapshotOutcome.Written, verifiedPath, receivedPath, Message: null);
        }

        File.WriteAllText(receivedPath, received, Utf8NoBom);
        var message = verified is null
            ? MissingMessage(baseName, verifiedPath, receivedPath)
            : MismatchMessage(baseName, verifiedPath, receivedPath, UnifiedDiff(verified, received));
        return new SnapshotResult(SnapshotOutcome.Mismatch, verifiedPath, receivedPath, message);
    }

    /// <summary>Verify's base name: <c>Class.Method</c> or <c>Class.Method_parameters</c>.</summary>
    internal static string BaseName(string className, string method, string? parameters)
    {
        if (string.IsNullOrEmpty(parameters))
        {
            return $"{className}.{method}";
        }

        var safe = new StringBuilder(parameters);
        for (var i = 0; i < safe.Length; i++)
        {
            if (char.IsControl(safe[i]) || InvalidFileNameChars.Contains(safe[i], StringComparison.Ordinal))
            {
                safe[i] = '-';
            }
        }

        return $"{className}.{method}_{safe}";
    }

    /// <summary>The committed, approved snapshot's file name.</summary>
    internal static string VerifiedFileName(string baseName) => baseName + ".verified.txt";

    /// <summary>The file name of the last failing output (git-ignored).</summary>
    internal static string ReceivedFileName(string baseName) => baseName + ".received.txt";

    /// <summary>
    /// LF line endings, no BOM, exactly one trailing newline: the form snapshots are stored in,
    /// so a CRLF checkout or an editor's BOM never causes a spurious mismatch.
    /// </summary>
    internal static string Normalize(string text)
    {
        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return text.TrimEnd('\n') + "\n";
    }

    /// <summary>Accepting is for local use only; on CI a mismatch must always fail.</summary>
    internal static bool AcceptRequested(string? acceptValue, string? ci) =>
        string.IsNullOrEmpty(ci)
        && (acceptValue == "1" || string.Equals(acceptValue, "true", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Resolves the folder of a test source file. Deterministic CI builds map source paths to
    /// <c>/_/…</c> (see ContinuousIntegrationBuild), which exist on no disk; those are rebased
    /// onto the repository root found above the test's output folder.
    /// </summary>
    internal static string SourceDirectory(string sourceFile)
    {
        var directory = Path.GetDirectoryName(sourceFile) ?? string.Empty;
        if (Directory.Exists(directory))
        {
            return directory;
        }

        var relative = MappedRelativePath(directory);
        var repoRoot = FindRepoRoot(TestContext.CurrentContext.TestDirectory);
        if (relative is null || repoRoot is null)
        {
            throw new DirectoryNotFoundException(
                $"Cannot locate the folder of test source file '{sourceFile}' for its snapshot.");
        }

        return Path.Combine(repoRoot, relative);
    }

    /// <summary>The part after a path-map prefix such as <c>/_/</c> or <c>/_1/</c>, if any.</summary>
    internal static string? MappedRelativePath(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (!normalized.StartsWith("/_", StringComparison.Ordinal))
        {
            return null;
        }

        var slash = normalized.IndexOf('/', 2);
        var marker = slash < 0 ? normalized[2..] : normalized[2..slash];
        if (!marker.All(char.IsAsciiDigit))
        {
            return null;
        }

        return slash < 0 ? string.Empty : normalized[(slash + 1)..].Replace('/', Path.DirectorySeparatorChar);
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> holding Contradictions.sln.</summary>
    internal static string? FindRepoRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    private static bool AcceptRequested() =>
        AcceptRequested(Environment.GetEnvironmentVariable(AcceptVariable), Environment.GetEnvironmentVariable("CI"));

    // Verify names files after the fixture class; NUnit knows it even when the file is named differently.
    private static string ClassName(string sourceFile)
    {
        var fullName = TestContext.CurrentContext.Test.ClassName;
        if (string.IsNullOrEmpty(fullName))
        {
            return Path.GetFileNameWithoutExtension(sourceFile);
        }

        return fullName[(fullName.LastIndexOf('.') + 1)..].Replace('+', '.');
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

    private static string MissingMessage(string baseName, string verifiedPath, string receivedPath) =>
        string.Join(
            '\n',
            $"Snapshot {baseName}: no verified snapshot yet.",
            $"Verified: {verifiedPath} (missing)",
            $"Received: {receivedPath}",
            "Review the received file and rename it to .verified.txt to accept it,",
            $"or rerun locally with {AcceptVariable}=1 (ignored when CI is set).");

    private static string MismatchMessage(string baseName, string verifiedPath, string receivedPath, string diff) =>
        string.Join(
            '\n',
            $"Snapshot {baseName} does not match.",
            $"Verified: {verifiedPath}",
            $"Received: {receivedPath}",
            "Diff (- verified, + received):",
            diff,
            "If the change is intended, copy the received file over the verified one,",
            $"or rerun locally with {AcceptVariable}=1 (ignored when CI is set).");

    /// <summary>
    /// A unified diff: "- " verified only, "+ " received only, "  " context, with
    /// <see cref="ContextLines"/> lines of context around each change.
    /// </summary>
    internal static string UnifiedDiff(string verified, string received)
    {
        // Both sides end in exactly one newline; dropping it avoids a phantom empty last line.
        var diff = new Differ().CreateLineDiffs(verified.TrimEnd('\n'), received.TrimEnd('\n'), ignoreWhitespace: false);
        var oldLines = diff.PiecesOld;
        var newLines = diff.PiecesNew;

        var lines = new List<DiffLine>();
        int a = 0, b = 0;
        foreach (var block in diff.DiffBlocks)
        {
            for (; a < block.DeleteStartA; a++, b++)
            {
                lines.Add(new DiffLine(' ', oldLines[a], a, b));
            }

            for (var i = 0; i < block.DeleteCountA; i++, a++)
            {
                lines.Add(new DiffLine('-', oldLines[a], a, b));
            }

            for (var i = 0; i < block.InsertCountB; i++, b++)
            {
                lines.Add(new DiffLine('+', newLines[b], a, b));
            }
        }

        for (; a < oldLines.Length; a++, b++)
        {
            lines.Add(new DiffLine(' ', oldLines[a], a, b));
        }

        var output = new List<string>();
        foreach (var (start, end) in Hunks(lines))
        {
            var hunk = lines.GetRange(start, end - start);
            output.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"@@ -{hunk[0].OldIndex + 1},{hunk.Count(l => l.Kind != '+')} +{hunk[0].NewIndex + 1},{hunk.Count(l => l.Kind != '-')} @@"));
            output.AddRange(hunk.Select(l => $"{l.Kind} {l.Text}"));
        }

        if (output.Count > MaxDiffLines)
        {
            var more = output.Count - MaxDiffLines;
            output.RemoveRange(MaxDiffLines, more);
            output.Add(string.Create(CultureInfo.InvariantCulture, $"... ({more} more lines)"));
        }

        return string.Join('\n', output);
    }

    // Ranges [start, end) of lines that lie within ContextLines of a change; overlapping ranges merge.
    private static IEnumerable<(int Start, int End)> Hunks(List<DiffLine> lines)
    {
        int? start = null;
        var end = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind == ' ')
            {
                continue;
            }

            var from = Math.Max(0, i - ContextLines);
            var to = Math.Min(lines.Count, i + ContextLines + 1);
            if (start is not null && from > end)
            {
                yield return (start.Value, end);
                start = null;
            }

            start ??= from;
            end = to;
        }

        if (start is not null)
        {
            yield return (start.Value, end);
        }
    }

    /// <summary>One line of the diff; indexes are zero-based positions in the verified and received texts.</summary>
    private sealed record DiffLine(char Kind, string Text, int OldIndex, int NewIndex);
}

/// <summary>What a snapshot comparison did.</summary>
internal enum SnapshotOutcome
{
    /// <summary>The verified file equals the actual text.</summary>
    Matched,

    /// <summary>Accepting was requested, so the verified file was (re)written.</summary>
    Written,

    /// <summary>The verified file is missing or differs; the received file was written.</summary>
    Mismatch,
}

/// <summary>The result of <see cref="Snapshot.Compare"/>.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="VerifiedPath">Full path of the verified file.</param>
/// <param name="ReceivedPath">Full path of the received file.</param>
/// <param name="Message">The failure message for a mismatch; otherwise <see langword="null"/>.</param>
internal sealed record SnapshotResult(SnapshotOutcome Outcome, string VerifiedPath, string ReceivedPath, string? Message);
