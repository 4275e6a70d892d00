using System.Text.RegularExpressions;

namespace Contradictions.Reporting;

/// <summary>
/// Recognizes a report this tool wrote, by its content, so that one left in a folder of articles is not read as an
/// article: the next run would find the quoted claims again and call them conflicts with themselves.
/// </summary>
internal static partial class OwnReports
{
    /// <summary>The format of a report this tool wrote ("text", "Markdown", "HTML"), or null for any other text.</summary>
    public static string? FormatOf(string text)
    {
        if (text.StartsWith("# Contradictions report\n", StringComparison.Ordinal))
        {
            return "Markdown";
        }

        if (text.Contains("<title>Contradictions report: ", StringComparison.Ordinal))
        {
            return "HTML";
        }

        var last = text.AsSpan().TrimEnd();
        last = last[(last.LastIndexOf('\n') + 1)..];
        return SummaryLine().IsMatch(last) ? "text" : null;
    }

    /// <summary>The note for a report found in a folder of articles and left out.</summary>
    public static InputNote Skipped(string path, string format) =>
        new(path, $"it is a {format} report of this tool, not an article; not read (name it on its own to read it anyway)", InputNoteKind.Warning);

    [GeneratedRegex(@"^\d+ sources?, \d+ assertions?, \d+ conflicts? \([^)]*\), \d+ corroborations?", RegexOptions.CultureInvariant)]
    private static partial Regex SummaryLine();
}
