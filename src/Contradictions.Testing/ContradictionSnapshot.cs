using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Contradictions.Reporting;
using Contradictions.Reporting.Json;

namespace Contradictions.Testing;

/// <summary>
/// Snapshot tests of articles with NUnit: checks an article or a folder and compares its assertions and findings with
/// <c>&lt;Class&gt;.&lt;Method&gt;.verified.txt</c> beside the test, following Verify's conventions: a
/// <c>.received.txt</c> file and a diff on a mismatch, LF line endings, no byte order mark.
/// </summary>
public static class ContradictionSnapshot
{
    /// <summary>Set to <c>1</c> to accept new output: a mismatch then rewrites the verified file. Ignored when <c>CI</c> is set.</summary>
    public const string AcceptVariable = SnapshotFile.AcceptVariable;

    private static readonly Lazy<ContradictionChecker> DefaultChecker = new(() => new ContradictionCheckerBuilder().UseDefaultPack().Build());

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, IndentSize = 2, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Checks the article or folder at <paramref name="path"/> and fails the test when its assertions and findings differ
    /// from the verified file beside the calling test's source. A relative path is resolved against the folder of the
    /// calling test's source file, where the verified file is too, not against the test's output folder.
    /// </summary>
    /// <param name="path">An article, or a folder (every <c>*.txt</c>, <c>*.md</c> and <c>*.html</c> below it).</param>
    /// <param name="checker">The checker to use; the default pack when null.</param>
    /// <param name="cancellationToken">Stops reading and checking.</param>
    /// <param name="sourceFile">Supplied by the compiler; do not pass.</param>
    /// <param name="method">Supplied by the compiler; do not pass. Call from the test method itself.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="path"/> is null.</exception>
    /// <exception cref="NUnit.Framework.AssertionException">
    /// When an input is missing, skipped or empty (no received file is written then: a snapshot of nothing is never
    /// offered), when the output differs from the verified file, or when there is none yet.
    /// </exception>
    public static Task VerifyAsync(
        string path,
        ContradictionChecker? checker = null,
        CancellationToken cancellationToken = default,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string method = "")
    {
        ArgumentNullException.ThrowIfNull(path);
        return SnapshotFile.FailWith(CheckAsync(path, checker ?? DefaultChecker.Value, sourceFile, method, cancellationToken));
    }

    /// <summary>What <see cref="VerifyAsync"/> does, ending with the failure message, or null when the snapshot matches.</summary>
    private static async Task<string?> CheckAsync(string path, ContradictionChecker checker, string sourceFile, string method, CancellationToken cancellationToken)
    {
        var directory = SnapshotFile.SourceDirectory(sourceFile);
        var full = Path.GetFullPath(path, directory);
        var report = await checker.CheckAsync([full], cancellationToken).ConfigureAwait(false);
        if (NothingToSnapshot(report, path, full) is { } problem)
        {
            var baseName = SnapshotFile.BaseName(SnapshotFile.ClassName(sourceFile), method, parameters: null);
            return $"Snapshot {baseName}: {problem}\nNo snapshot was written: a snapshot of nothing would pass while checking nothing.";
        }

        return SnapshotFile.Check(Render(report), parameters: null, sourceFile, method, Context);
    }

    /// <summary>The snapshot text of a report: its sources, assertions, findings and notes as indented JSON.</summary>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="report"/> is null.</exception>
    public static string Render(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var writer = new StringWriter();
        new JsonReportWriter().Write(report, writer);
        var json = JsonNode.Parse(writer.ToString())!.AsObject();
        foreach (var key in json.Select(p => p.Key).Where(k => k is not ("sources" or "assertions" or "findings" or "notes")).ToList())
        {
            json.Remove(key);
        }

        return SnapshotFile.Normalize(json.ToJsonString(Indented));
    }

    /// <summary>Why a report cannot be a snapshot: an input skipped, or nothing read at all; null when it can.</summary>
    internal static string? NothingToSnapshot(Report report, string path, string full)
    {
        var skipped = report.Notes.Where(n => n.Kind == InputNoteKind.Skipped).Select(n => $"  {n.Input}: skipped: {n.Message}").ToList();
        var where = string.Equals(path, full, StringComparison.Ordinal) ? $"'{path}'" : $"'{path}' (resolved against the test source's folder to {full})";
        if (skipped.Count > 0)
        {
            return $"{where} could not be read in full:\n{string.Join('\n', skipped)}";
        }

        return report.Sources.Count == 0 ? $"{where} holds no article to read." : null;
    }

    /// <summary>
    /// What a line of <see cref="Render"/>'s output belongs to, for a diff hunk's header: the assertion (its source, line
    /// and quote), the finding (its id), the source or the note around it.
    /// </summary>
    internal static string? Context(IReadOnlyList<string> lines, int index)
    {
        // Render writes the top-level arrays' elements at an indent of four spaces, their members at six.
        var start = index;
        while (start >= 0 && lines[start] != "    {")
        {
            start--;
        }

        var end = start;
        while (end >= 0 && end < lines.Count && lines[end] is not ("    }" or "    },"))
        {
            end++;
        }

        if (start < 0 || end >= lines.Count || index > end)
        {
            return null;
        }

        JsonObject item;
        try
        {
            item = JsonNode.Parse(string.Join('\n', lines.Skip(start).Take(end - start).Append("    }")))!.AsObject();
        }
        catch (JsonException)
        {
            return null;
        }

        var section = Enumerable.Range(0, start).Reverse().Select(i => lines[i]).FirstOrDefault(l => l.StartsWith("  \"", StringComparison.Ordinal) && l.EndsWith('['));
        string? Member(string name) => item[name] is JsonValue value ? value.ToString() : null;
        return section switch
        {
            "  \"assertions\": [" => $"assertion {Member("id")} at {Member("source")}:{Member("line")} “{Member("quote")}”",
            "  \"findings\": [" => $"finding {Member("id")}",
            "  \"sources\": [" => $"source {Member("id")}",
            "  \"notes\": [" => $"note on {Member("input")}",
            _ => null,
        };
    }
}
