using System.CommandLine;
using Contradictions.Claims;
using Contradictions.Reporting;
using Contradictions.Reporting.Html;
using Contradictions.Reporting.Json;
using Contradictions.Reporting.Markdown;
using Contradictions.Reporting.Sarif;
using Contradictions.Reporting.Text;
using Contradictions.Rules;
using Humanizer;

namespace Contradictions.Cli.Commands;

/// <summary><c>contradictions check PATH... | --assertions FILE [--pack DIR] [--format text|markdown|json|sarif|html] [--output FILE]</c>.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Articles to check: files, or folders (every *.txt, *.md and *.html in them)", Arity = ArgumentArity.ZeroOrMore };
        var assertions = new Option<string?>("--assertions", "-a") { Description = "Check the assertions in this JSON Lines file (from 'extract --format jsonl'; '-' for stdin) instead of articles" };
        var pack = CommonOptions.Pack();
        var format = new Option<string>("--format", "-f") { Description = "Report format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json", "sarif", "html");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of stdout" };
        var config = CommonOptions.Config();
        var baseline = new Option<string?>("--baseline") { Description = $"Baseline file: findings in it are reported as suppressed and do not fail the run (default: the configuration's, else {BaselineCommand.DefaultFile} beside the configuration or in the working folder)" };
        var noBaseline = new Option<bool>("--no-baseline") { Description = "Use no baseline, not even one found by default: report every finding" };
        var failOn = new Option<string?>("--fail-on") { Description = "Lowest severity that makes the exit code 1: error (default), warning or info" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");
        var force = new Option<bool>("--force") { Description = "Write --output even when it names an input, or an article file inside an input folder" };
        var command = new Command("check", "Report where the articles disagree with each other and with the pack's reference facts") { paths, assertions, pack, format, output, config, baseline, noBaseline, failOn, force };
        command.SetAction(parse =>
        {
            var articles = parse.GetValue(paths) ?? [];
            var assertionFile = parse.GetValue(assertions);
            if ((articles.Length == 0) == (assertionFile is null))
            {
                Console.Error.WriteLine("Give articles to check, or --assertions FILE, not both. Run 'contradictions check --help' for usage.");
                return ExitCode.Failure;
            }

            if (parse.GetValue(output) is { } target && !parse.GetValue(force)
                && Output.Clash(target, assertionFile is null ? articles : [assertionFile]) is { } clash)
            {
                Console.Error.WriteLine(clash);
                return ExitCode.Failure;
            }

            if (parse.GetValue(noBaseline) && parse.GetValue(baseline) is not null)
            {
                Console.Error.WriteLine("Give --baseline FILE or --no-baseline, not both.");
                return ExitCode.Failure;
            }

            var baselineChoice = parse.GetValue(noBaseline) ? BaselineChoice.None : BaselineChoice.Discover;

            // Every format lets each text go once it is read: the HTML and SARIF writers read the quoted files again.
            if (CommonOptions.BuildChecker(parse.GetValue(pack), parse.GetValue(config), parse.GetValue(baseline), keepTexts: false, baseline: baselineChoice) is not { } setup)
            {
                return ExitCode.Failure;
            }

            var checker = setup.Checker;
            var threshold = parse.GetValue(failOn) is { } word ? Configuration.ProjectConfiguration.TryParseSeverity(word)!.Value : setup.FailOn;

            // Every readable input is checked before the exit code says that some input was not.
            var (report, notes) = assertionFile is null
                ? CheckArticles(checker, articles, CommonOptions.Progress(parse))
                : CheckAssertions(checker, assertionFile);
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
            var exit = notes.Exists(n => n.Kind == InputNoteKind.Skipped) ? ExitCode.Failure
                : report.HasFindingsAtLeast(threshold) ? ExitCode.Findings
                : ExitCode.Clean;

            // With the report in a file, stdout is empty: say what was found, where it went, and what the exit code means.
            if (parse.GetValue(output) is { } file)
            {
                Console.Error.WriteLine(report.Summary);
                Console.Error.WriteLine($"The report is in {file}.");
                if (exit == ExitCode.Findings)
                {
                    var at = threshold == Severity.Error ? "error severity" : $"{threshold.ToString().ToLowerInvariant()} severity or above";
                    Console.Error.WriteLine($"Exit code 1: conflicts at {at} were found; 2 would mean a usage error or an input that could not be read.");
                }
            }

            return exit;
        });
        return command;
    }

    /// <summary>Reads the articles one by one as the check asks for them; a text is let go once its claims are read.</summary>
    private static (Report Report, List<InputNote> Notes) CheckArticles(ContradictionChecker checker, string[] paths, Action<string>? reading)
    {
        var (files, notes) = Inputs.Find(paths);
        using var progress = Progress.Start(files.Count, files.Sum(f => f.Bytes));

        // The checker reads the notes only after the last source, so notes on files that fail to read get in too.
        var report = checker.Check(Inputs.Open(files, notes, reading, progress), notes);
        return (report, notes);
    }

    /// <summary>
    /// Checks assertions from JSON Lines; a line that is not an assertion, or names what the pack does not define,
    /// becomes a note and is skipped. A line repeated exactly (a part included twice) is read once, with one note; a
    /// second line with the id of an earlier one but other content is a note and skipped.
    /// </summary>
    private static (Report Report, List<InputNote> Notes) CheckAssertions(ContradictionChecker checker, string path)
    {
        var notes = new List<InputNote>();
        var read = new List<Assertion>();
        var seen = new Dictionary<string, (int Line, string Text)>(StringComparer.Ordinal);
        var repeats = new List<int>();
        try
        {
            if (path != "-")
            {
                Files.LimitedFile.EnsureRegular(path);
            }

            using var reader = path == "-" ? Console.In : new StreamReader(path);
            foreach (var (number, line, problem) in AssertionLines.Read(reader))
            {
                if (problem is not null)
                {
                    notes.Add(new InputNote($"{path}:{number}", problem));
                    continue;
                }

                Assertion assertion;
                try
                {
                    assertion = AssertionJsonReader.Read(line!);
                }
                catch (FormatException e)
                {
                    notes.Add(new InputNote($"{path}:{number}", $"not an assertion: {e.Message}"));
                    continue;
                }

                if (!assertion.IsReference && checker.Validate(assertion) is { } unusable)
                {
                    notes.Add(new InputNote($"{path}:{number}", $"not checked: {unusable}"));
                    continue;
                }

                if (seen.TryGetValue(assertion.Id, out var earlier))
                {
                    if (earlier.Text == line)
                    {
                        repeats.Add(number);
                    }
                    else
                    {
                        notes.Add(new InputNote($"{path}:{number}", $"not checked: the assertion id '{assertion.Id}' is taken by line {earlier.Line}, which says something else; give each assertion its own id"));
                    }

                    continue;
                }

                seen.Add(assertion.Id, (number, line!));
                read.Add(assertion);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            notes.Add(new InputNote(path, $"cannot be read: {(e is UnauthorizedAccessException ? "permission denied; check the file's permissions" : e.Message)}"));
        }

        if (repeats.Count > 0)
        {
            notes.Add(new InputNote(
                path,
                $"{"line".ToQuantity(repeats.Count)} repeated an earlier line exactly (the first is line {repeats[0]}); each assertion was checked once",
                InputNoteKind.Warning));
        }

        return (checker.CheckAssertions(read, notes), notes);
    }
}
