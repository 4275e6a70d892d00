using System.Globalization;
using System.Text;

namespace Contradictions.Reporting;

/// <summary>
/// Text from articles, sidecars and file names made safe for a terminal and a CI log: control characters (C0, DEL, C1)
/// are shown escaped (<c>\x1b</c>, <c>\n</c>), so that an ESC or BEL from an article never clears a screen, writes the
/// clipboard or plants a link, and a newline in a file name never starts a line that looks like a finding. Bidirectional
/// controls are escaped too (<c>\u202e</c>): a right-to-left override makes a line read otherwise than it is. Reports
/// for machines (JSON, SARIF, HTML, YAML) escape in their own syntax and do not use this.
/// </summary>
internal static class Controls
{
    /// <summary>The text with each control character escaped; text without any is returned as it is.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(IsControl))
        {
            return text ?? string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when IsControl(c) && c > 0xFF => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ when IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>
    /// Escapes control characters in text whose own line breaks are its structure (a Markdown report): line feeds
    /// stay, every other control character is escaped.
    /// </summary>
    public static string EscapeKeepingLines(string text) =>
        text.Any(c => c != '\n' && IsControl(c)) ? string.Join('\n', text.Split('\n').Select(Escape)) : text;

    /// <summary>
    /// C0 controls, DEL and C1 controls; U+2028 and U+2029, which some terminals and editors break lines at; and the
    /// bidirectional embeddings, overrides and isolates, which reorder the rest of a line ("Trojan Source"). The
    /// marks U+200E and U+200F stay: right-to-left text uses them often, and they reorder nothing after them.
    /// </summary>
    private static bool IsControl(char c) =>
        c < 0x20 || (c >= 0x7F && c <= 0x9F) || c is '\u2028' or '\u2029' || IsBidiControl(c);

    private static bool IsBidiControl(char c) =>
        c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
