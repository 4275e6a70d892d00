using System.Globalization;
using System.Text;
using Contradictions.Claims;
using Contradictions.Reporting.Text;
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
            md.Append(CultureInfo.InvariantCulture, $"| `{Code(source.Id)}` | {Escape(source.Title)} | {source.Assertions} |\n");
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
                var disputed = c.DisputedBy.Count == 0 ? string.Empty : $" Disputed: {string.Join(", ", c.DisputedBy.Select(d => $"`{d}`"))}.";
                var more = c.Evidence.Count > TextReportWriter.QuotesPerSide ? $", and {c.Evidence.Count - TextReportWriter.QuotesPerSide} more" : string.Empty;
                md.Append(CultureInfo.InvariantCulture, $"- {"source".ToQuantity(c.Sources).Transform(To.SentenceCase)} agree: {Escape(c.Statement)} ({string.Join(", ", c.Evidence.Take(TextReportWriter.QuotesPerSide).Select(Cite))}{more}).{disputed}\n");
            }
        }

        if (report.References.Count > 0)
        {
            md.Append("\n## References\n\n");
            foreach (var r in report.References)
            {
                md.Append(CultureInfo.InvariantCulture, $"- `{Code(r.Id)}`: {Escape(r.Statement)} <{Url(r.Url)}>\n");
            }
        }

        if (report.Notes.Count > 0)
        {
            md.Append("\n## Inputs not read\n\n");
            foreach (var note in report.Notes)
            {
                md.Append(CultureInfo.InvariantCulture, $"- `{Code(note.Input)}`: {Escape(note.Message)}\n");
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
        md.Append(CultureInfo.InvariantCulture, $"\n**{finding.Severity.ToString().ToLowerInvariant()}** `{finding.Rule}` ({finding.Id}): {Escape(finding.Message)}\n");
        if (finding.SelfContradicting.Count > 0)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n{ClaimWording.Join(finding.SelfContradicting.Select(s => $"`{Code(s)}`"))} {(finding.SelfContradicting.Count == 1 ? "contradicts itself" : "contradict themselves")}.\n");
        }

        foreach (var side in finding.Evidence.GroupBy(e => e.Side, StringComparer.Ordinal))
        {
            md.Append(CultureInfo.InvariantCulture, $"\n- *{Escape(side.Key)}*\n");
            foreach (var e in side.Take(TextReportWriter.QuotesPerSide))
            {
                md.Append(CultureInfo.InvariantCulture, $"  - {Cite(e)}: \u201C{Escape(e.Quote)}\u201D\n");
            }

            if (TextReportWriter.Rest(side) is { } rest)
            {
                md.Append(CultureInfo.InvariantCulture, $"  - {Escape(rest)}\n");
            }
        }
    }

    private static string Cite(Evidence e) =>
        e.Reference ? $"reference `{Code(e.Source)}` <{Url(e.Url ?? string.Empty)}>" : $"`{Code(e.Source)}:{e.Line}:{e.Column}`";

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

    private static string Code(string text) => text.Replace("`", "'", StringComparison.Ordinal);

    private static string Url(string url) => url.Replace(">", "%3E", StringComparison.Ordinal).Replace("<", "%3C", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal);
}
