using System.Globalization;
using System.Text;
using DiffPlex;
using NUnit.Framework;

namespace Contradictions.Testing;

/// <summary>
/// Verify's conventions for a text snapshot, in one place for <see cref="ContradictionSnapshot"/> and the project's own
/// tests: <c>&lt;Class&gt;.&lt;Method&gt;[_parameters].verified.txt</c> beside the test source, a <c>.received.txt</c>
/// and a unified diff on a mismatch, LF line endings, no byte order mark, one final newline.
/// </summary>
internal static class SnapshotFile
{
    /// <summary>Environment variable that turns a mismatch into an update of the verified file.</summary>
    public const string AcceptVariable = "CONTRADICTIONS_ACCEPT_SNAPSHOTS";

    private const int ContextLines = 3;
    private const int MaxDiffLines = 200;

    // Windows' set whatever the current OS, so a snapshot named on Linux can be checked out on Windows.
    private const string InvalidFileNameChars = "<>:\"/\\|?*";

    // Written without a BOM so the files stay byte-identical across platforms and editors.
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Compares <paramref name="actual"/> with <c>&lt;Class&gt;.&lt;Method&gt;[_parameters].verified.txt</c> beside
    /// <paramref name="sourceFile"/> and fails the test when they differ; <paramref name="context"/> names what each
    /// changed hunk belongs to.
    /// </summary>
    public static void Verify(string actual, string? parameters, string sourceFile, string method, Func<IReadOnlyList<string>, int, string?>? context = null)
    {
        if (Check(actual, parameters, sourceFile, method, context) is { } message)
        {
            throw new SnapshotFailure(message);
        }
    }

    /// <summary>What <see cref="Verify"/> does, returning the failure message (or null on a match) instead of failing.</summary>
    public static string? Check(string actual, string? parameters, string sourceFile, string method, Func<IReadOnlyList<string>, int, string?>? context = null) =>
        Compare(SourceDirectory(sourceFile), BaseName(ClassName(sourceFile), method, parameters), actual, AcceptRequested(), context).Message;

    /// <summary>
    /// A task that fails with a <see cref="SnapshotFailure"/> carrying the message <paramref name="check"/> ends with, or
    /// ends as <paramref name="check"/> does when it has no message.
    /// </summary>
    public static Task FailWith(Task<string?> check) =>
        check.ContinueWith(
            static t => t.IsFaulted || t.IsCanceled ? t
                : t.Result is { } message ? Task.FromException(new SnapshotFailure(message))
                : Task.CompletedTask,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default).Unwrap();

    /// <summary>
    /// Compares <paramref name="actual"/> with the verified file in <paramref name="directory"/>. Writes the received
    /// file on a mismatch, or the verified file when <paramref name="accept"/> is set.
    /// </summary>
    public static SnapshotResult Compare(string directory, string baseName, string actual, bool accept, Func<IReadOnlyList<string>, int, string?>? context = null)
    {
        var verifiedPath = Path.Combine(directory, VerifiedFileName(baseName));
        var receivedPath = Path.Combine(directory, ReceivedFileName(baseName));
        var received = Normalize(actual);

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
            : MismatchMessage(baseName, verifiedPath, receivedPath, UnifiedDiff(verified, received, context));
        return new SnapshotResult(SnapshotOutcome.Mismatch, verifiedPath, receivedPath, message);
    }

    /// <summary>Verify's base name: <c>Class.Method</c> or <c>Class.Method_parameters</c>.</summary>
    public static string BaseName(string className, string method, string? parameters)
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
    public static string VerifiedFileName(string baseName) => baseName + ".verified.txt";

    /// <summary>The file name of the last failing output (git-ignored).</summary>
    public static string ReceivedFileName(string baseName) => baseName + ".received.txt";

    /// <summary>
    /// LF line endings, no BOM, exactly one trailing newline: the form snapshots are stored in, so a CRLF checkout or an
    /// editor's BOM never causes a spurious mismatch.
    /// </summary>
    public static string Normalize(string text)
    {
        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return text.TrimEnd('\n') + "\n";
    }

    /// <summary>Accepting is for local use only; on CI a mismatch must always fail.</summary>
    public static bool AcceptRequested(string? acceptValue, string? ci) =>
        string.IsNullOrEmpty(ci)
        && (acceptValue == "1" || string.Equals(acceptValue, "true", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether this run accepts new output: <see cref="AcceptVariable"/> set and <c>CI</c> not.</summary>
    public static bool AcceptRequested() =>
        AcceptRequested(Environment.GetEnvironmentVariable(AcceptVariable), Environment.GetEnvironmentVariable("CI"));

    /// <summary>
    /// The folder of a test source file. Deterministic CI builds map source paths to <c>/_/…</c> (see
    /// ContinuousIntegrationBuild), which exist on no disk; such a path is rebased onto the nearest folder above the
    /// test's output folder that holds it.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">When the folder cannot be found.</exception>
    public static string SourceDirectory(string sourceFile)
    {
        var directory = Path.GetDirectoryName(sourceFile) ?? string.Empty;
        if (directory.Length > 0 && Directory.Exists(directory))
        {
            return directory;
        }

        if (MappedRelativePath(directory) is { } relative)
        {
            for (var above = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); above is not null; above = above.Parent)
            {
                var candidate = Path.Combine(above.FullName, relative);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"Cannot find the folder of the test source file '{sourceFile}': snapshots and relative input paths live beside the test source.");
    }

    /// <summary>The part after a path-map prefix such as <c>/_/</c> or <c>/_1/</c>, if any.</summary>
    public static string? MappedRelativePath(string path)
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

    /// <summary>Verify names files after the fixture class; NUnit knows it even when the file is named differently.</summary>
    public static string ClassName(string sourceFile)
    {
        var fullName = TestContext.CurrentContext.Test.ClassName;
        if (string.IsNullOrEmpty(fullName))
        {
            return Path.GetFileNameWithoutExtension(sourceFile);
        }

        return fullName[(fullName.LastIndexOf('.') + 1)..].Replace('+', '.');
    }

    /// <summary>
    /// A unified diff: "- " verified only, "+ " received only, "  " context, with three lines of context around each
    /// change. Each hunk's header ends, like git's function context, with what <paramref name="context"/> says its first
    /// changed line belongs to.
    /// </summary>
    public static string UnifiedDiff(string verified, string received, Func<IReadOnlyList<string>, int, string?>? context = null)
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
            var first = hunk.First(l => l.Kind != ' ');
            var label = context?.Invoke(first.Kind == '-' ? oldLines : newLines, first.Kind == '-' ? first.OldIndex : first.NewIndex);
            output.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"@@ -{hunk[0].OldIndex + 1},{hunk.Count(l => l.Kind != '+')} +{hunk[0].NewIndex + 1},{hunk.Count(l => l.Kind != '-')} @@{(label is null ? string.Empty : " " + label)}"));
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

/// <summary>
/// A failed snapshot: its message says which files differ and how, so the test shows no stack trace, which would list
/// only NUnit's and this library's frames.
/// </summary>
/// <param name="message">What differs, and how to accept it.</param>
#pragma warning disable CA1032, RCS1194 // Thrown here only, always with a message.
internal sealed class SnapshotFailure(string message) : AssertionException(message)
#pragma warning restore CA1032, RCS1194
{
    /// <inheritdoc/>
    public override string? StackTrace => null;
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

/// <summary>The result of <see cref="SnapshotFile.Compare"/>.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="VerifiedPath">Full path of the verified file.</param>
/// <param name="ReceivedPath">Full path of the received file.</param>
/// <param name="Message">The failure message for a mismatch; otherwise <see langword="null"/>.</param>
internal sealed record SnapshotResult(SnapshotOutcome Outcome, string VerifiedPath, string ReceivedPath, string? Message);
