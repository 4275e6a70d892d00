using System.Globalization;
using System.Text;
using Contradictions.Rules;
using Humanizer;

namespace Contradictions.Reporting.Text;

/// <summary>
/// The console report: one line per finding in the <c>file:line:column: severity rule [id]: message</c> form editors
/// and CI logs understand, with the id <c>contradictions explain</c> takes, each side's evidence below it, then a
/// one-line summary.
/// </summary>
public sealed class TextReportWriter : IReportWriter
{
    private const string Reset = "\u001b[0m";

    /// <summary>
    /// Colors each severity with ANSI escapes (errors red, warnings yellow, notes cyan), for a terminal. Off by default:
    /// text piped to a file or another program must stay plain.
    /// </summary>
    public bool Color { get; init; }
    /// <summary>
    /// How many quotes a side of a finding shows; the rest are counted. A claim repeated by thousands of sources
    /// stays one finding, and its report stays readable. The JSON report lists every piece of evidence.
    /// </summary>
    public const int QuotesPerSide = 10;

    /// <summary>How many of the most trusted, and of the least trusted, sources have a trust line; the rest are counted.</summary>
    internal const int TrustLinesEachEnd = 10;

    /// <inheritdoc/>
    public void Write(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var text = new StringBuilder();
        foreach (var finding in report.Findings)
        {
            var at = finding.Evidence.FirstOrDefault(e => !e.Reference) ?? finding.Evidence[0];
            text.Append(CultureInfo.InvariantCulture, $"{S(at.Place)}:{at.Line}:{at.Column}: {Paint(finding.Severity, finding.Severity.ToString().ToLowerInvariant())} {finding.Rule} [{finding.Id}]: {S(finding.Message)}\n");
            if (finding.ReferenceSupports is { } supported)
            {
                text.Append(CultureInfo.InvariantCulture, $"  the reference supports: {S(supported)}\n");
            }

            if (finding.GradedLower is { } why)
            {
                text.Append(CultureInfo.InvariantCulture, $"  graded lower: {S(why)}\n");
            }

            foreach (var side in finding.Evidence.GroupBy(e => e.Side, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"  {S(side.Key)}:\n");
                foreach (var e in side.Take(QuotesPerSide))
                {
                    var where = e.Reference ? $"reference {S(e.Source)}{S(FactKindWords.Bracketed(e))} ({S(e.Url)})" : $"{S(e.Place)}:{e.Line}:{e.Column}{ModalityWords.Parenthesized(e)}";
                    text.Append(CultureInfo.InvariantCulture, $"    {where}: \"{S(e.Quote)}\"\n");
                }

                if (Rest(side) is { } rest)
                {
                    text.Append(CultureInfo.InvariantCulture, $"    {rest}\n");
                }
            }
        }

        foreach (var c in report.Corroborations)
        {
            var disputed = c.DisputedBy.Count == 0 ? string.Empty : $"; disputed by {S(string.Join(", ", c.DisputedBy))}";
            text.Append(CultureInfo.InvariantCulture, $"agree ({S(Supporters.Words(c.Evidence))}{disputed}): {S(c.Statement)}\n");
        }

        foreach (var history in report.Histories)
        {
            text.Append(CultureInfo.InvariantCulture, $"timeline ({S(history.Topic)}): {S(history.Subject)}\n");
            foreach (var step in history.Steps)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {step.Holds}: {S(step.Statement)} ({S(Citations.Short(step.Evidence, columns: true))})\n");
            }
        }

        AppendTrust(text, report.Reliability);

        foreach (var x in report.Suppressed)
        {
            text.Append(CultureInfo.InvariantCulture, $"suppressed {x.Finding.Id} ({S(x.Reason)}): {S(x.Finding.Message)}\n");
        }

        foreach (var note in report.Notes)
        {
            text.Append(CultureInfo.InvariantCulture, $"{S(note.Input)}: {note.Kind.ToString().ToLowerInvariant()}: {S(note.Message)}\n");
        }

        var errors = report.Findings.Count(f => f.Severity == Severity.Error);
        text.Append(CultureInfo.InvariantCulture, $"{"source".ToQuantity(report.Sources.Count)}, {"assertion".ToQuantity(report.Assertions.Count)}, "
            + $"{"conflict".ToQuantity(report.Findings.Count)} ({(errors > 0 ? Paint(Severity.Error, "error".ToQuantity(errors)) : "error".ToQuantity(errors))}){ReportSummary.Suppressed(report)}, {"corroboration".ToQuantity(report.Corroborations.Count)}\n");
        output.Write(text.ToString());
    }

    /// <summary>
    /// The trust lines: every source when there are few; else the <see cref="TrustLinesEachEnd"/> most trusted, a count
    /// of those between, and the <see cref="TrustLinesEachEnd"/> least trusted. A crawl has a source per article.
    /// </summary>
    private static void AppendTrust(StringBuilder text, IReadOnlyList<Reliability.SourceScore> ranked)
    {
        var between = ranked.Count - (2 * TrustLinesEachEnd);
        for (var i = 0; i < ranked.Count; i++)
        {
            // One source between is shown, not counted: a count line would take its place for nothing.
            if (between > 1 && i == TrustLinesEachEnd)
            {
                var (high, low) = (ranked[i].Trust, ranked[i + between - 1].Trust);
                text.Append(CultureInfo.InvariantCulture, $"trust {high:0.00} to {low:0.00}: \u2026 and {"more source".ToQuantity(between)} (the JSON report lists every one)\n");
                i += between - 1;
                continue;
            }

            var score = ranked[i];
            text.Append(CultureInfo.InvariantCulture, $"trust {score.Trust:0.00}: {S(score.Source)} ({"claim".ToQuantity(score.Claims)})\n");
        }
    }

    /// <summary>Text from the inputs, with its control characters escaped (<see cref="Controls"/>).</summary>
    private static string S(string? text) => Controls.Escape(text);

    private string Paint(Severity severity, string text) => !Color ? text : severity switch
    {
        Severity.Error => $"\u001b[1;31m{text}{Reset}",
        Severity.Warning => $"\u001b[33m{text}{Reset}",
        _ => $"\u001b[36m{text}{Reset}",
    };
    /// <summary>", and 40 more" for a list of <paramref name="count"/> cited by its first <see cref="QuotesPerSide"/>, or nothing.</summary>
    internal static string More(int count) =>
        count > QuotesPerSide ? $", and {count - QuotesPerSide} more" : string.Empty;

    /// <summary>"… and 40 more from 12 sources" for the evidence past the first <see cref="QuotesPerSide"/>, or null.</summary>
    internal static string? Rest(IEnumerable<Evidence> side)
    {
        var rest = side.Skip(QuotesPerSide).ToList();
        return rest.Count == 0
            ? null
            : $"\u2026 and {rest.Count} more from {"source".ToQuantity(rest.Select(e => e.Source).Distinct(StringComparer.Ordinal).Count())} (the JSON report lists every one)";
    }
}
