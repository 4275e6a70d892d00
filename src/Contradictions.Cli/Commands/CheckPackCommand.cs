using System.CommandLine;
using Humanizer;

namespace Contradictions.Cli.Commands;

/// <summary><c>contradictions check-pack DIR</c>: loads and validates a rule pack without reading any article.</summary>
internal static class CheckPackCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("directory") { Description = "The rule pack folder to validate" };
        var command = new Command("check-pack", "Validate a rule pack: every problem with file, line, column and a hint; no article is read") { directory };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(directory)!;
            if (CommonOptions.BuildChecker([path], configPath: null, useConfiguration: false)?.Checker is not { } checker)
            {
                return ExitCode.Failure;
            }

            var pack = checker.Pack;
            Console.Out.WriteLine($"{path}: pack '{pack.Name}' is valid: {"rule".ToQuantity(pack.RuleIds.Count)}, {"reference fact".ToQuantity(pack.Facts.Count)}");
            return ExitCode.Clean;
        });
        return command;
    }
}
