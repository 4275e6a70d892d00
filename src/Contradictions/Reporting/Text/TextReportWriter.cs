using System.Globalization;
using System.Text;
using Contradictions.Rules;
using Humanizer;

namespace Contradictions.Reporting.Text;

/// <summary>
/// The console report: one line per finding in the <c>file:line:column: severity rule: message</c> form editors
/// and CI logs understand, each side's evidence below it, then a one-line summary.
/// </summary>
public sealed class TextReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public void Write(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var text = new StringBuilder();
        foreach (var finding in report.Findings)
        {
            var at = finding.Evidence.FirstOrDefault(e => !e.Reference) ?? finding.Evidence[0];
            text.Append(CultureInfo.InvariantCulture, $"{at.Source}:{at.Line}:{at.Column}: {finding.Severity.ToString().ToLowerInvariant()} {finding.Rule}: {finding.Message}\n");
            foreach (var side in finding.Evidence.GroupBy(e => e.Side, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"  {side.Key}:\n");
                foreach (var e in side)
                {
                    var where = e.Reference ? $"reference {e.Source} ({e.Url})" : $"{e.Source}:{e.Line}:{e.Column}";
                    text.Append(CultureInfo.InvariantCulture, $"    {where}: \"{e.Quote}\"\n");
                }
            }
        }

        foreach (var c in report.Corroborations)
        {
            var disputed = c.DisputedBy.Count == 0 ? string.Empty : $"; disputed by {string.Join(", ", c.DisputedBy)}";
            text.Append(CultureInfo.InvariantCulture, $"agree ({"source".ToQuantity(c.Sources)}{disputed}): {c.Statement}\n");
        }

        foreach (var note in report.Notes)
        {
            text.Append(CultureInfo.InvariantCulture, $"{note.Input}: {note.Kind.ToString().ToLowerInvariant()}: {note.Message}\n");
        }

        var errors = report.Findings.Count(f => f.Severity == Severity.Error);
        text.Append(CultureInfo.InvariantCulture, $"{"source".ToQuantity(report.Sources.Count)}, {"assertion".ToQuantity(report.Assertions.Count)}, "
            + $"{"conflict".ToQuantity(report.Findings.Count)} ({"error".ToQuantity(errors)}), {"corroboration".ToQuantity(report.Corroborations.Count)}\n");
        output.Write(text.ToString());
    }
}
