using System.Globalization;
using System.Text;
using Contradictions.Claims;
using Contradictions.Packs;
using Contradictions.Reporting.Text;
using Contradictions.Rules;
using Humanizer;

namespace Contradictions.Reporting.Markdown;

/// <summary>
/// The Markdown report, readable in a pull-request comment: a summary, conflicts grouped by topic with the sides
/// quoted side by side (source and line in each cell) and the reference fact that decides them, then what the sources
/// agree on. Article text is escaped so that it cannot
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
        md.Append(ReportSummary.Sentence(report)).Append("\n\n");
        md.Append("| Source | Title | Assertions |\n|---|---|---:|\n");
        foreach (var source in report.Sources)
        {
            md.Append(CultureInfo.InvariantCulture, $"| `{CellCode(source.Id)}` | {Escape(source.Title)} | {source.Assertions} |\n");
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

        if (report.Reliability.Count > 0)
        {
            md.Append("\n## Source reliability\n\n");
            md.Append(ReportSummary.TrustExplained).Append("\n\n");
            md.Append("| Source | Trust | Claims | Claims that moved it (confidence) |\n|---|---:|---:|---|\n");
            foreach (var score in report.Reliability)
            {
                var reasons = ReportSummary.Reasons(score, Escape);
                md.Append(CultureInfo.InvariantCulture, $"| `{CellCode(score.Source)}` | {score.Trust:0.00} | {score.Claims} | {reasons} |\n");
            }
        }

        if (report.References.Count > 0)
        {
            md.Append("\n## References\n\n");
            foreach (var r in report.References)
            {
                md.Append(CultureInfo.InvariantCulture, $"- `{Code(r.Id)}` ({FactKinds.Id(r.Kind)}): {Escape(r.Statement)} {Link(r.Url)}{string.Concat(r.Also.Select(a => " " + Link(a)))}\n");
            }
        }

        if (report.Suppressed.Count > 0)
        {
            md.Append("\n## Suppressed\n\n");
            foreach (var x in report.Suppressed)
            {
                md.Append(CultureInfo.InvariantCulture, $"- `{Code(x.Finding.Rule)}` ({Escape(x.Finding.Id)}), {Escape(x.Reason)}: {Escape(x.Finding.Message)}\n");
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

        // Agreement and the timeline come last: the conflicts are what a reader came for.
        if (report.Corroborations.Count > 0)
        {
            md.Append("\n## Agreement\n\n");
            foreach (var c in report.Corroborations)
            {
                var disputed = c.DisputedBy.Count == 0 ? string.Empty : $" Disputed: {string.Join(", ", c.DisputedBy.Select(d => $"`{Code(d)}`"))}.";
                md.Append(CultureInfo.InvariantCulture, $"- {Supporters.Words(c.Evidence).Transform(To.SentenceCase)} agree: {Escape(c.Statement)} ({Cites(c.Evidence)}).{disputed}\n");
            }
        }

        if (report.Histories.Count > 0)
        {
            md.Append("\n## Timeline\n\n");
            foreach (var h in report.Histories)
            {
                md.Append(CultureInfo.InvariantCulture, $"- {Escape(h.Subject)} ({Escape(h.Topic)}):\n");
                foreach (var step in h.Steps)
                {
                    md.Append(CultureInfo.InvariantCulture, $"  - {step.Holds}: {Escape(step.Statement)} ({Cites(step.Evidence)})\n");
                }
            }
        }

        // Line feeds are the report's structure; article text has none left (Escape and Code replace them).
        output.Write(Controls.EscapeKeepingLines(md.ToString()));
    }

    private static void AppendFinding(StringBuilder md, Finding finding)
    {
        md.Append(CultureInfo.InvariantCulture, $"\n**{finding.Severity.ToString().ToLowerInvariant()}** `{Code(finding.Rule)}` ({Escape(finding.Id)}): {Escape(finding.Message)}\n");
        if (finding.SelfContradicting.Count > 0)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n{ClaimWording.Join(finding.SelfContradicting.Select(s => $"`{Code(s)}`"))} {(finding.SelfContradicting.Count == 1 ? "contradicts itself" : "contradict themselves")}.\n");
        }

        // The sides side by side: one column each, one quote per row.
        var sides = finding.Evidence.GroupBy(e => e.Side, StringComparer.Ordinal).Select(g => (Label: g.Key, Evidence: g.ToList())).ToList();
        md.Append('\n').Append("| ").Append(string.Join(" | ", sides.Select(s => Escape(s.Label)))).Append(" |\n");
        md.Append('|').Append(string.Concat(sides.Select(_ => "---|"))).Append('\n');
        for (var row = 0; row < Math.Min(sides.Max(s => s.Evidence.Count), TextReportWriter.QuotesPerSide); row++)
        {
            md.Append("| ").Append(string.Join(" | ", sides.Select(s => row < s.Evidence.Count ? Cell(s.Evidence[row]) : string.Empty))).Append(" |\n");
        }

        var rests = sides.Select(s => TextReportWriter.Rest(s.Evidence) is { } rest ? Escape(rest) : string.Empty).ToList();
        if (rests.Exists(r => r.Length > 0))
        {
            md.Append("| ").Append(string.Join(" | ", rests)).Append(" |\n");
        }

        foreach (var side in sides)
        {
            foreach (var reference in side.Evidence.Where(e => e.Reference))
            {
                md.Append(CultureInfo.InvariantCulture, $"\nDecided by reference `{Code(reference.Source)}`{Kind(reference)} {Link(reference.Url ?? string.Empty)}, on the side of *{Escape(side.Label)}*.\n");
            }
        }

        if (finding.GradedLower is { } why)
        {
            md.Append(CultureInfo.InvariantCulture, $"\nGraded lower: {Escape(why)}.\n");
        }
    }

    /// <summary>" (federal-register)" after a fact's id: the kind of authority it cites.</summary>
    private static string Kind(Evidence e) => FactKindWords.Parenthesized(e);

    private static string Cell(Evidence e) =>
        e.Reference ? $"reference `{CellCode(e.Source)}`{Kind(e)}<br>\u201C{Escape(e.Quote)}\u201D" : $"`{CellCode(e.Place)}:{e.Line}:{e.Column}`{ModalityWords.Parenthesized(e)}<br>\u201C{Escape(e.Quote)}\u201D";

    /// <summary>The first <see cref="TextReportWriter.QuotesPerSide"/> citations of a list, then how many more.</summary>
    private static string Cites(IReadOnlyList<Evidence> evidence) =>
        string.Join(", ", evidence.Take(TextReportWriter.QuotesPerSide).Select(Cite)) + TextReportWriter.More(evidence.Count);

    private static string Cite(Evidence e) =>
        e.Reference ? $"reference `{Code(e.Source)}`{Kind(e)} {Link(e.Url ?? string.Empty)}" : $"`{Code(e.Place)}:{e.Line}:{e.Column}`{ModalityWords.Parenthesized(e)}";

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

    /// <summary>Text for a code span in a table cell, where '|' ends the cell even inside the span unless escaped.</summary>
    private static string CellCode(string text) => Code(text).Replace("|", "\\|", StringComparison.Ordinal);

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
