using System.CommandLine;
using Contradictions.Cli;
using Contradictions.Cli.Commands;

Interruption.Install();
var root = new RootCommand("contradictions: finds where articles disagree, using YAML rule packs")
{
    CheckCommand.Create(),
    ExtractCommand.Create(),
    ExplainCommand.Create(),
    BaselineCommand.Create(),
    TestPackCommand.Create(),
    CheckPackCommand.Create(),
    EvaluateCommand.Create(),
    CommonOptions.Verbose,
    CommonOptions.FollowLinks,
};

var parse = root.Parse(args);
var typos = Typos.Problems(parse);
if (parse.Errors.Count > 0 || typos.Count > 0)
{
    // An unmatched word is both a parse error and a typo, and a mistyped command is also a missing one; the typo says more.
    var errors = typos.Count > 0 && parse.UnmatchedTokens.Count > 0 ? typos : parse.Errors.Select(e => e.Message).Concat(typos);
    foreach (var error in errors)
    {
        Console.Error.WriteLine(error);
    }

    var usage = parse.CommandResult.Command == root ? "contradictions --help" : $"contradictions {parse.CommandResult.Command.Name} --help";
    Console.Error.WriteLine($"Run '{usage}' for usage.");
    return ExitCode.Failure;
}

Inputs.FollowLinksOutside = parse.GetValue(CommonOptions.FollowLinks);
try
{
    // Signals are handled by Interruption; errors here, so that a user sees a sentence, not a stack trace.
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
}
catch (Exception e)
{
    var message = Contradictions.Reporting.Controls.Escape(e.Message);
    Console.Error.WriteLine(e is IOException or UnauthorizedAccessException ? $"contradictions: {message}" : $"contradictions: unexpected error: {message}");
    Console.Error.WriteLine(parse.GetValue(CommonOptions.Verbose) ? e.ToString() : "Run again with --verbose for the details.");
    return ExitCode.Failure;
}
