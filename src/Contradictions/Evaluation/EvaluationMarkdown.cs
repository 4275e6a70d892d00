using System.Globalization;
using Humanizer;
using Contradictions.Reporting.Markdown;
using Contradictions.Rules;

namespace Contradictions.Evaluation;

/// <summary>
/// Writes an evaluation as Markdown: a table of precision and recall per predicate with an <c>all</c> row, each
/// missed and each wrong claim with its file and line, then the listed conflicts found and missed and the findings
/// outside the list. Article text is escaped as in <see cref="MarkdownReportWriter"/>.
/// </summary>
public static class EvaluationMarkdown
{
    /// <summary>Writes the whole evaluation.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static void Write(PackEvaluation evaluation, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(writer);
        var all = evaluation.Claims.All;
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"{"gold file".ToQuantity(evaluation.Gold.Count)}, {"gold claim".ToQuantity(all.Gold)}: precision {all.Precision:0.00}, recall {all.Recall:0.00}"));
        if (evaluation.Conflicts is { } listed)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"; {listed.Found.Count} of {"listed conflict".ToQuantity(listed.Listed)} found, {"finding".ToQuantity(listed.Outside.Count)} outside the list"));
        }

        writer.Write(".\n\n## Claims\n\n");
        WriteClaimTable(evaluation.Claims, writer);
        WriteClaims(writer, "Missed", all.Missed);
        WriteClaims(writer, "Wrong", all.Wrong);
        if (evaluation.Conflicts is { } conflicts)
        {
            WriteConflicts(writer, conflicts);
        }
    }

    /// <summary>
    /// Writes the table: <c>| predicate | gold | found | wrong | missed | precision | recall |</c>, one row per
    /// predicate and an <c>all</c> row, ratios to two decimals.
    /// </summary>
    /// <param name="scores">The claim scores.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static void WriteClaimTable(ClaimScores scores, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("| predicate | gold | found | wrong | missed | precision | recall |\n");
        writer.Write("|---|---:|---:|---:|---:|---:|---:|\n");
        foreach (var score in scores.ByPredicate.Append(scores.All))
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"| {score.Predicate} | {score.Gold} | {score.Found} | {score.Wrong.Count} | {score.Missed.Count} | {score.Precision:0.00} | {score.Recall:0.00} |\n"));
        }
    }

    private static void WriteClaims(TextWriter writer, string heading, IReadOnlyList<ScoredClaim> claims)
    {
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"\n### {heading} ({claims.Count})\n\n"));
        None(writer, claims.Count);
        foreach (var claim in claims.OrderBy(c => c.File, StringComparer.Ordinal).ThenBy(c => c.Line).ThenBy(c => c.Claim, StringComparer.Ordinal))
        {
            var words = claim.Words.Length == 0 ? string.Empty : $" \u2014 \u201C{MarkdownReportWriter.Escape(claim.Words)}\u201D";
            var note = claim.Note is null ? string.Empty : $"; {MarkdownReportWriter.Escape(claim.Note)}";
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"- `{Code(claim.File)}:{claim.Line}`: {MarkdownReportWriter.Escape(claim.Claim)}{words}{note}\n"));
        }
    }

    private static void WriteConflicts(TextWriter writer, ConflictScores conflicts)
    {
        writer.Write("\n## Conflicts\n");
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"\n### Found ({conflicts.Found.Count} of {conflicts.Listed})\n\n"));
        None(writer, conflicts.Found.Count);
        foreach (var found in conflicts.Found)
        {
            writer.Write($"- `{Code(found.Conflict.Id)}`: {string.Join(", ", found.Findings.Select(f => $"`{Code(f)}`"))}\n");
        }

        writer.Write(string.Create(CultureInfo.InvariantCulture, $"\n### Missed ({conflicts.Missed.Count} of {conflicts.Listed})\n\n"));
        None(writer, conflicts.Missed.Count);
        foreach (var missed in conflicts.Missed)
        {
            writer.Write($"- `{Code(missed.Id)}`: a {missed.A}; b {missed.B}\n");
        }

        writer.Write(string.Create(CultureInfo.InvariantCulture, $"\n### Outside the list ({conflicts.Outside.Count})\n\n"));
        None(writer, conflicts.Outside.Count);
        foreach (var finding in conflicts.Outside)
        {
            writer.Write($"- `{Code(finding.Rule)}` `{Code(finding.Id)}`: {Locations(finding)}\n");
        }
    }

    private static void None(TextWriter writer, int count)
    {
        if (count == 0)
        {
            writer.Write("None.\n");
        }
    }

    /// <summary>Each side's label and where it is said: <c>does not cause: 301-a.txt:10; can cause: 305-b.txt:6, reference x</c>.</summary>
    private static string Locations(Finding finding) => string.Join("; ", finding.Evidence
        .GroupBy(e => e.Side, StringComparer.Ordinal)
        .Select(side => $"{MarkdownReportWriter.Escape(side.Key)}: " + string.Join(", ", side
            .Select(e => e.Reference ? $"reference `{Code(e.Source)}`" : $"`{Code(e.Place)}:{e.Line}`")
            .Distinct(StringComparer.Ordinal))));

    /// <summary>Text for a code span: no backtick to close it early, no line break to end the list item.</summary>
    private static string Code(string text) =>
        text.Replace("`", "'", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ');
}
