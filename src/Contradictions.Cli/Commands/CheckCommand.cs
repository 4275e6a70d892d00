using System.CommandLine;
using Contradictions.Reporting;
using Contradictions.Reporting.Html;
using Contradictions.Reporting.Json;
using Contradictions.Reporting.Markdown;
using Contradictions.Reporting.Sarif;
using Contradictions.Reporting.Text;
using Contradictions.Rules;

namespace Contradictions.Cli.Commands;

/// <summary><c>contradictions check PATH... [--pack DIR] [--format text|markdown|json|sarif|html] [--output FILE]</c>.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Articles to check: files, or folders (every *.txt, *.md and *.html in them)", Arity = ArgumentArity.OneOrMore };
        var pack = CommonOptions.Pack();
        var format = new Option<string>("--format", "-f") { Description = "Report format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json", "sarif", "html");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of stdout" };
        var config = CommonOptions.Config();
        var baseline = new Option<string?>("--baseline") { Description = "Baseline file: findings in it are reported as suppressed and do not fail the run" };
        var failOn = new Option<string?>("--fail-on") { Description = "Lowest severity that makes the exit code 1: error (default), warning or info" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");
        var command = new Command("check", "Report where the articles disagree with each other and with the pack's reference facts") { paths, pack, format, output, config, baseline, failOn };
        command.SetAction(parse =>
        {
            if (CommonOptions.BuildChecker(parse.GetValue(pack), parse.GetValue(config), parse.GetValue(baseline)) is not { } setup)
            {
                return ExitCode.Failure;
            }

            var checker = setup.Checker;
            var threshold = parse.GetValue(failOn) is { } word ? Configuration.ProjectConfiguration.TryParseSeverity(word)!.Value : setup.FailOn;

            // Every readable input is checked before the exit code says that some input was not.
            var (sources, notes) = Inputs.Read(parse.GetValue(paths)!, CommonOptions.Progress(parse));
            Report report;
            using (ProgressIndicator.ForTerminal($"checking {sources.Count} source(s)"))
            {
                report = checker.Check(sources, notes);
            }

            CommonOptions.PrintNotes(report.Notes);

            IReportWriter writer = parse.GetValue(format) switch
            {
                "json" => new JsonReportWriter(),
                "markdown" => new MarkdownReportWriter(),
                "sarif" => new SarifReportWriter(),
                "html" => new HtmlReportWriter(),
                _ => new TextReportWriter { Color = parse.GetValue(output) is null && Terminal.WantsColor() },
            };
            Output.Write(parse.GetValue(output), w => writer.Write(report, w));
            return notes.Exists(n => n.Kind == InputNoteKind.Skipped) ? ExitCode.Failure
                : report.HasFindingsAtLeast(threshold) ? ExitCode.Findings
                : ExitCode.Clean;
        });
        return command;
    }
}
