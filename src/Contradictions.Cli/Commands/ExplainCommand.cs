using System.Globalization;
using System.CommandLine;
using Contradictions.Claims;

namespace Contradictions.Cli.Commands;

/// <summary>
/// <c>contradictions explain FINDING-ID PATH...</c>: each side's quote, the pattern that read it, the normalized
/// values, and the rule logic that made the sides conflict.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("finding-id") { Description = "The finding's id, as reports show it (e.g. some-rule-8ed41fd8), or the rule's name when the rule found one conflict" };
        var paths = new Argument<string[]>("path") { Description = "The articles the finding came from", Arity = ArgumentArity.OneOrMore };
        var pack = CommonOptions.Pack();
        var config = CommonOptions.Config();
        var command = new Command("explain", "Explain one finding: the quotes, how each was read, and why the rule calls them a conflict") { id, paths, pack, config };
        command.SetAction(parse =>
        {
            if (CommonOptions.BuildChecker(parse.GetValue(pack), parse.GetValue(config))?.Checker is not { } checker)
            {
                return ExitCode.Failure;
            }

            var (sources, notes) = Inputs.ReadAndReport(parse.GetValue(paths)!);
            var report = checker.Check(sources, notes);
            var wanted = parse.GetValue(id)!;
            var all = report.Findings.Concat(report.Suppressed.Select(s => s.Finding)).ToList();

            // A rule's name will do when the rule found one thing.
            var ofRule = all.Where(f => f.Rule == wanted).ToList();
            var finding = all.FirstOrDefault(f => f.Id == wanted) ?? (ofRule.Count == 1 ? ofRule[0] : null);
            if (finding is null)
            {
                Console.Error.WriteLine(ofRule.Count > 1
                    ? $"{wanted}: the rule found {ofRule.Count} conflicts here; give one of their ids: {string.Join(", ", ofRule.Select(f => f.Id))}"
                    : $"{wanted}: no such finding or rule in these articles; the findings are: {string.Join(", ", all.Select(f => f.Id))}");
                return ExitCode.Failure;
            }

            var rule = checker.Pack.RuleDescriptors.Single(r => r.Id == finding.Rule);
            var assertions = report.Assertions.Concat(checker.Pack.Facts.SelectMany(f => f.Claims)).ToDictionary(a => a.Id, StringComparer.Ordinal);
            var text = new System.Text.StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"{finding.Id}: {finding.Severity.ToString().ToLowerInvariant()} {finding.Rule} ({rule.Kind} on {rule.Predicate})\n");
            text.Append(CultureInfo.InvariantCulture, $"  {S(finding.Message)}\n");
            text.Append(CultureInfo.InvariantCulture, $"  why: {S(finding.Reason)}\n");
            if (finding.GradedLower is { } lower)
            {
                text.Append(CultureInfo.InvariantCulture, $"  graded lower: {S(lower)}\n");
            }

            if (finding.ReferenceSupports is { } supported)
            {
                text.Append(CultureInfo.InvariantCulture, $"  the reference supports: {S(supported)}\n");
            }

            foreach (var side in finding.Evidence.GroupBy(e => e.Side, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"side \"{S(side.Key)}\":\n");
                foreach (var evidence in side)
                {
                    var a = assertions[evidence.Assertion];
                    text.Append(evidence.Reference
                        ? $"  reference {S(evidence.Source)}{S(Reporting.FactKindWords.Bracketed(evidence))} ({S(evidence.Url)}): \"{S(evidence.Quote)}\"\n"
                        : $"  {S(evidence.Place)}:{evidence.Line}:{evidence.Column}: \"{S(evidence.Quote)}\"\n");
                    text.Append(CultureInfo.InvariantCulture, $"    read by {(a.IsReference ? "the pack's facts" : $"pattern '{a.Pattern}'")}: {S(Describe(a))}\n");
                }
            }

            Output.Write(null, w => w.Write(text.ToString()));
            return ExitCode.Clean;
        });
        return command;
    }

    private static string Describe(Assertion a)
    {
        var parts = new List<string> { $"subject {a.Subject} (\"{a.SubjectText}\"{(a.SubjectInferred ? ", inferred from earlier text" : string.Empty)})" };
        if (a.Value is not null)
        {
            parts.Add($"value {a.Value.Normalized} (\"{a.Value.Text}\")");
        }

        if (a.ObjectEntity is not null)
        {
            parts.Add($"object {a.ObjectEntity}");
        }

        if (a.Date is { } date)
        {
            parts.Add($"date {date} (\"{a.DateText}\")");
        }

        parts.AddRange(a.Qualifiers.Select(q => $"{q.Name} {q.Value} (\"{q.Text}\")"));
        parts.Add($"{a.Polarity.ToString().ToLowerInvariant()}, {a.Modality.ToString().ToLowerInvariant()}");
        return string.Join("; ", parts);
    }

    /// <summary>Text from the inputs, with its control characters escaped.</summary>
    private static string S(string? text) => Reporting.Controls.Escape(text);
}

