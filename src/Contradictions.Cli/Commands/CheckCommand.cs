using System.CommandLine;
using Contradictions.Reporting;
using Contradictions.Reporting.Json;
using Contradictions.Reporting.Markdown;
using Contradictions.Reporting.Text;
using Contradictions.Rules;

namespace Contradictions.Cli.Commands;

/// <summary><c>contradictions check PATH... [--pack DIR] [--format text|markdown|json] [--output FILE]</c>.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Articles to check: files, or folders (every *.txt and *.md in them)", Arity = ArgumentArity.OneOrMore };
        var pack = CommonOptions.Pack();
        var format = new Option<string>("--format", "-f") { Description = "Report format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of stdout" };
        var command = new Command("check", "Report where the articles disagree with each other and with the pack's reference facts") { paths, pack, format, output };
        command.SetAction(parse =>
        {
            if (CommonOptions.BuildChecker(parse.GetValue(pack)) is not { } checker)
            {
                return ExitCode.Failure;
            }

            // Every readable input is checked before the exit code says that some input was not.
            var (sources, notes) = Inputs.Read(parse.GetValue(paths)!, CommonOptions.Progress(parse));
            var report = checker.Check(sources, notes);
            CommonOptions.PrintNotes(report.Notes);
            IReportWriter writer = parse.GetValue(format) switch
            {
                "json" => new JsonReportWriter(),
                "markdown" => new MarkdownReportWriter(),
                _ => new TextReportWriter(),
            };
            Output.Write(parse.GetValue(output), w => writer.Write(report, w));
            return notes.Exists(n => n.Kind == InputNoteKind.Skipped) ? ExitCode.Failure
                : report.HasFindingsAtLeast(Severity.Error) ? ExitCode.Findings
                : ExitCode.Clean;
        });
        return command;
    }
}
