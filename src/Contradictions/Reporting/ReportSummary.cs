using Contradictions.Claims;
using Humanizer;

namespace Contradictions.Reporting;

/// <summary>The report's summary in words, the same in every format that shows one.</summary>
internal static class ReportSummary
{
    /// <summary>E.g. "5 sources read, 50 assertions, 9 conflicts (7 errors and 2 warnings), 15 corroborations."</summary>
    public static string Sentence(Report report)
    {
        var conflicts = "conflict".ToQuantity(report.Findings.Count) + (report.Findings.Count > 0 ? $" ({BySeverity(report)})" : string.Empty);
        var suppressed = Suppressed(report);
        return $"{"source".ToQuantity(report.Sources.Count).Transform(To.SentenceCase)} read, "
            + $"{"assertion".ToQuantity(report.Assertions.Count)}, {conflicts}{suppressed}, "
            + $"{"corroboration".ToQuantity(report.Corroborations.Count)}.";
    }

    /// <summary>
    /// ", 3 suppressed", and which of them the baseline silenced when one was used, even none: ", 10 suppressed (10 by
    /// the baseline .contradictions-baseline.json)"; nothing when nothing was suppressed and no baseline used.
    /// </summary>
    public static string Suppressed(Report report) => report.Baseline is { } baseline
        ? $", {report.Suppressed.Count} suppressed ({report.SilencedByBaseline} by the baseline {baseline})"
        : report.Suppressed.Count == 0 ? string.Empty : $", {report.Suppressed.Count} suppressed";

    /// <summary>What the source-reliability table's trust means, in the Markdown and HTML reports.</summary>
    public const string TrustExplained = "Trust from 0 to 1, from how often each source's claims agree with the reference facts and with other sources (near-identical sentences count once).";

    /// <summary>The claims that moved a source's score, e.g. "line 4: X is Y (0.12); line 9: …", each statement passed through <paramref name="escape"/>.</summary>
    public static string Reasons(Reliability.SourceScore score, Func<string, string> escape) =>
        string.Join("; ", score.Reasons.Select(r => $"line {r.Line}: {escape(r.Statement)} ({r.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)})"));

    /// <summary>E.g. "7 errors and 2 warnings", most serious first.</summary>
    public static string BySeverity(Report report) => ClaimWording.Join(report.Findings
        .GroupBy(f => f.Severity)
        .OrderByDescending(g => g.Key)
        .Select(g => g.Key.ToString().ToLowerInvariant().ToQuantity(g.Count()))
        .ToList());
}
