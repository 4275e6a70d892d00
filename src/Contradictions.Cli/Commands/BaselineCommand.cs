using System.CommandLine;
using Contradictions.Reporting;
using Contradictions.Suppressions;
using Humanizer;

namespace Contradictions.Cli.Commands;

/// <summary><c>contradictions baseline PATH... [--output FILE]</c>: records today's findings so CI fails only on new ones.</summary>
internal static class BaselineCommand
{
    public const string DefaultFile = ".contradictions-baseline.json";

    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Articles: files, or folders (every *.txt and *.md in them)", Arity = ArgumentArity.OneOrMore };
        var pack = CommonOptions.Pack();
        var config = CommonOptions.Config();
        var output = new Option<string>("--output", "-o") { Description = "Baseline file to write", DefaultValueFactory = _ => DefaultFile };
        var command = new Command("baseline", "Write the current findings to a baseline file; 'check --baseline FILE' then reports only new ones") { paths, pack, config, output };
        command.SetAction(parse =>
        {
            if (CommonOptions.BuildChecker(parse.GetValue(pack), parse.GetValue(config))?.Checker is not { } checker)
            {
                return ExitCode.Failure;
            }

            var (sources, notes) = Inputs.ReadAndReport(parse.GetValue(paths)!);

            var baseline = Baseline.FromReport(checker.Check(sources, notes));
            Output.Write(parse.GetValue(output), baseline.Write);
            Console.Error.WriteLine($"{parse.GetValue(output)}: {"finding".ToQuantity(baseline.FindingIds.Count)} recorded.");
            return notes.Exists(n => n.Kind == InputNoteKind.Skipped) ? ExitCode.Failure : ExitCode.Clean;
        });
        return command;
    }
}
