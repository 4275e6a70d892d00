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
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }

    Console.Error.WriteLine("Run 'contradictions --help' for usage.");
    return ExitCode.Failure;
}

try
{
    // Signals are handled by Interruption; errors here, so that a user sees a sentence, not a stack trace.
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
}
catch (Exception e)
{
    Console.Error.WriteLine(e is IOException or UnauthorizedAccessException ? $"contradictions: {e.Message}" : $"contradictions: unexpected error: {e.Message}");
    Console.Error.WriteLine(parse.GetValue(CommonOptions.Verbose) ? e.ToString() : "Run again with --verbose for the details.");
    return ExitCode.Failure;
}
