using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using Contradictions.Reporting;
using Contradictions.Reporting.Json;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using NUnit.Framework;

namespace Contradictions.Testing;

/// <summary>
/// Snapshot tests of articles with NUnit: checks an article or a folder and compares its assertions and findings with
/// <c>&lt;Class&gt;.&lt;Method&gt;.verified.txt</c> beside the test, following Verify's conventions: a
/// <c>.received.txt</c> file and a diff on a mismatch, LF line endings, no byte order mark.
/// </summary>
public static class ContradictionSnapshot
{
    /// <summary>Set to <c>1</c> to accept new output: a mismatch then rewrites the verified file. Ignored when <c>CI</c> is set.</summary>
    public const string AcceptVariable = "CONTRADICTIONS_ACCEPT_SNAPSHOTS";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly Lazy<ContradictionChecker> DefaultChecker = new(() => new ContradictionCheckerBuilder().UseDefaultPack().Build());

    /// <summary>
    /// Checks the article or folder at <paramref name="path"/> and fails the test when its assertions and findings differ
    /// from the verified file beside the calling test's source.
    /// </summary>
    /// <param name="path">An article, or a folder (every <c>*.txt</c> and <c>*.md</c> below it).</param>
    /// <param name="checker">The checker to use; the default pack when null.</param>
    /// <param name="cancellationToken">Stops reading and checking.</param>
    /// <param name="sourceFile">Supplied by the compiler; do not pass.</param>
    /// <param name="method">Supplied by the compiler; do not pass. Call from the test method itself.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="path"/> is null.</exception>
    /// <exception cref="AssertionException">When the output differs from the verified file, or there is none yet.</exception>
    public static async Task VerifyAsync(
        string path,
        ContradictionChecker? checker = null,
        CancellationToken cancellationToken = default,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string method = "")
    {
        ArgumentNullException.ThrowIfNull(path);
        var report = await (checker ?? DefaultChecker.Value).CheckAsync([path], cancellationToken).ConfigureAwait(false);
        var directory = Path.GetDirectoryName(sourceFile) is { Length: > 0 } folder && Directory.Exists(folder)
            ? folder
            : throw new DirectoryNotFoundException($"The folder of the test source '{sourceFile}' does not exist here; snapshots live beside the test source.");
        var className = TestContext.CurrentContext.Test.ClassName is { Length: > 0 } fullName ? fullName[(fullName.LastIndexOf('.') + 1)..].Replace('+', '.') : Path.GetFileNameWithoutExtension(sourceFile);
        var message = Compare(directory, $"{className}.{method}", Render(report), Accepting());
        if (message is not null)
        {
            Assert.Fail(message);
        }
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

        return Normalize(json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, IndentSize = 2, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    /// <summary>Compares and writes the received (or, when accepting, the verified) file; returns the failure message, or null on a match.</summary>
    internal static string? Compare(string directory, string baseName, string actual, bool accept)
    {
        var verifiedPath = Path.Combine(directory, baseName + ".verified.txt");
        var receivedPath = Path.Combine(directory, baseName + ".received.txt");
        var received = Normalize(actual);
        var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (verified == received)
        {
            File.Delete(receivedPath);
            return null;
        }

        if (accept)
        {
            File.WriteAllText(verifiedPath, received, Utf8NoBom);
            File.Delete(receivedPath);
            return null;
        }

        File.WriteAllText(receivedPath, received, Utf8NoBom);
        var how = $"Review it, then rename it to .verified.txt, or rerun with {AcceptVariable}=1 (ignored when CI is set).";
        return verified is null
            ? $"Snapshot {baseName}: no verified snapshot yet.\nReceived: {receivedPath}\n{how}"
            : $"Snapshot {baseName} does not match.\nVerified: {verifiedPath}\nReceived: {receivedPath}\nDiff (- verified, + received):\n{Diff(verified, received)}\n{how}";
    }

    /// <summary>LF line endings, no byte order mark, exactly one final newline.</summary>
    internal static string Normalize(string text) =>
        text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd('\n') + "\n";

    internal static bool Accepting(string? accept, string? ci) =>
        string.IsNullOrEmpty(ci) && (accept == "1" || string.Equals(accept, "true", StringComparison.OrdinalIgnoreCase));

    private static bool Accepting() => Accepting(Environment.GetEnvironmentVariable(AcceptVariable), Environment.GetEnvironmentVariable("CI"));

    // Changed lines only, at most 200 of them: enough to see what moved without drowning the test log.
    private static string Diff(string verified, string received)
    {
        var lines = new InlineDiffBuilder(new DiffPlex.Differ()).BuildDiffModel(verified, received).Lines
            .Where(l => l.Type is ChangeType.Deleted or ChangeType.Inserted)
            .Select(l => (l.Type == ChangeType.Deleted ? "- " : "+ ") + l.Text)
            .ToList();
        return string.Join('\n', lines.Take(200)) + (lines.Count > 200 ? $"\n... ({lines.Count - 200} more lines)" : string.Empty);
    }
}
