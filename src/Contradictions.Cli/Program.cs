using System.CommandLine;
using Contradictions.Cli;
using Contradictions.Cli.Commands;

var root = new RootCommand("contradictions: finds where articles disagree, using YAML rule packs")
{
    CheckCommand.Create(),
    ExtractCommand.Create(),
    ExplainCommand.Create(),
    BaselineCommand.Create(),
    TestPackCommand.Create(),
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

return parse.Invoke();
