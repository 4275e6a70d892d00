using System.Globalization;
using System.Text;
using Contradictions.Claims;
using Contradictions.Rules;
using Humanizer;

namespace Contradictions.Reporting.Markdown;

/// <summary>
/// The Markdown report, readable in a pull-request comment: a summary, conflicts grouped by topic with every side
/// quoted with its source and line, then what the sources agree on. Article text is escaped so that it cannot
/// change the report's structure.
/// </summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public void Write(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var md = new StringBuilder();
        md.Append("# Contradictions report\n\n");
        md.Append(Summary(report)).Append("\n\n");
        md.Append("| Source | Title | Assertions |\n|---|---|---:|\n");
        foreach (var source in report.Sources)
        {
            // A table splits cells at '|' even inside a code span, unless it is escaped.
            md.Append(CultureInfo.InvariantCulture, $"| `{Code(source.Id).Replace("|", "\\|", StringComparison.Ordinal)}` | {Escape(source.Title)} | {source.Assertions} |\n");
        }

        if (report.Findings.Count > 0)
        {
            md.Append("\n## Conflicts\n");
            foreach (var topic in report.Findings.GroupBy(f => f.Topic, StringComparer.Ordinal))
            {
                md.Append(CultureInfo.InvariantCulture, $"\n### {Escape(topic.Key.Transform(To.SentenceCase))}\n");
                foreach (var finding in topic)
                {
                    AppendFinding(md, finding);
                }
            }
        }

        if (report.Corroborations.Count > 0)
        {
            md.Append("\n## Agreement\n\n");
            foreach (var c in report.Corroborations)
            {
                var disputed = c.DisputedBy.Count == 0 ? string.Empty : $" Disputed: {string.Join(", ", c.DisputedBy.Select(d => $"`{Code(d)}`"))}.";
                md.Append(CultureInfo.InvariantCulture, $"- {"source".ToQuantity(c.Sources).Transform(To.SentenceCase)} agree: {Escape(c.Statement)} ({string.Join(", ", c.Evidence.Select(Cite))}).{disputed}\n");
            }
        }

        if (report.References.Count > 0)
        {
            md.Append("\n## References\n\n");
            foreach (var r in report.References)
            {
                md.Append(CultureInfo.InvariantCulture, $"- `{Code(r.Id)}`: {Escape(r.Statement)} {Link(r.Url)}\n");
            }
        }

        if (report.Notes.Count > 0)
        {
            md.Append("\n## Inputs skipped or read with warnings\n\n");
            foreach (var note in report.Notes)
            {
                md.Append(CultureInfo.InvariantCulture, $"- `{Code(note.Input)}`: {note.Kind.ToString().ToLowerInvariant()}: {Escape(note.Message)}\n");
            }
        }

        output.Write(md.ToString());
    }

    private static string Summary(Report report)
    {
        var bySeverity = report.Findings
            .GroupBy(f => f.Severity)
            .OrderByDescending(g => g.Key)
            .Select(g => g.Key.ToString().ToLowerInvariant().ToQuantity(g.Count()))
            .ToList();
        var conflicts = "conflict".ToQuantity(report.Findings.Count) + (bySeverity.Count > 0 ? $" ({ClaimWording.Join(bySeverity)})" : string.Empty);
        return $"{"source".ToQuantity(report.Sources.Count).Transform(To.SentenceCase)} read, "
            + $"{"assertion".ToQuantity(report.Assertions.Count)}, {conflicts}, "
            + $"{"corroboration".ToQuantity(report.Corroborations.Count)}.";
    }

    private static void AppendFinding(StringBuilder md, Finding finding)
    {
        md.Append(CultureInfo.InvariantCulture, $"\n**{finding.Severity.ToString().ToLowerInvariant()}** `{Code(finding.Rule)}` ({Escape(finding.Id)}): {Escape(finding.Message)}\n");
        if (finding.SelfContradicting.Count > 0)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n{ClaimWording.Join(finding.SelfContradicting.Select(s => $"`{Code(s)}`"))} {(finding.SelfContradicting.Count == 1 ? "contradicts itself" : "contradict themselves")}.\n");
        }

        foreach (var side in finding.Evidence.GroupBy(e => e.Side, StringComparer.Ordinal))
        {
            md.Append(CultureInfo.InvariantCulture, $"\n- *{Escape(side.Key)}*\n");
            foreach (var e in side)
            {
                md.Append(CultureInfo.InvariantCulture, $"  - {Cite(e)}: \u201C{Escape(e.Quote)}\u201D\n");
            }
        }
    }

    private static string Cite(Evidence e) =>
        e.Reference ? $"reference `{Code(e.Source)}` {Link(e.Url ?? string.Empty)}" : $"`{Code(e.Source)}:{e.Line}:{e.Column}`";

    /// <summary>Escapes article text for Markdown: no HTML, no emphasis, links, tables or code spans from the article.</summary>
    internal static string Escape(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': result.Append("&lt;"); break;
                case '>': result.Append("&gt;"); break;
                case '&': result.Append("&amp;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '!':
                    result.Append('\\').Append(c);
                    break;
                case '\r' or '\n': result.Append(' '); break;
                default: result.Append(c); break;
            }
        }

        return result.ToString();
    }

    /// <summary>Text for a code span: no backtick to close it early, no line break to end the list item or table row.</summary>
    private static string Code(string text) =>
        text.Replace("`", "'", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ');

    /// <summary>A link only for web addresses; any other scheme (<c>javascript:</c>, <c>data:</c>) is shown as code.</summary>
    private static string Link(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? $"<{Url(url)}>"
            : $"`{Code(url)}`";

    private static string Url(string url)
    {
        var escaped = new StringBuilder(url.Length);
        foreach (var c in url)
        {
            escaped.Append(c is '<' or '>' or '`' || char.IsWhiteSpace(c) || char.IsControl(c) ? Uri.EscapeDataString(c.ToString()) : c.ToString());
        }

        return escaped.ToString();
    }
}
