using System.Globalization;
using System.CommandLine;
using Contradictions.Packs;
using Contradictions.Packs.Testing;

namespace Contradictions.Cli.Commands;

/// <summary><c>contradictions test-pack [DIR]</c>: runs a pack's own test cases (its <c>tests/</c> folder).</summary>
internal static class TestPackCommand
{
    public static Command Create()
    {
        var directory = new Argument<string?>("dir") { Description = "The pack folder (default: the built-in pack)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("test-pack", "Run a rule pack's test cases: every rule needs a case that fires it and one that must not") { directory };
        command.SetAction(parse =>
        {
            IReadOnlyList<PackTestResult> results;
            try
            {
                var dir = parse.GetValue(directory);
                results = PackTests.Run(dir is null ? RulePackLoader.LoadDefault() : RulePackLoader.LoadDirectory(dir));
            }
            catch (RulePackException e)
            {
                foreach (var diagnostic in e.Diagnostics)
                {
                    Console.Error.WriteLine(diagnostic);
                }

                return ExitCode.Failure;
            }

            var text = new System.Text.StringBuilder();
            foreach (var result in results)
            {
                text.Append(result.Passed
                    ? $"pass {result.File}:{result.Line}: {result.Name}\n"
                    : $"FAIL {result.File}:{result.Line}: {result.Name}: {result.Message}\n");
            }

            var failed = results.Count(r => !r.Passed);
            text.Append(CultureInfo.InvariantCulture, $"{results.Count - failed} passed, {failed} failed\n");
            Output.Write(null, w => w.Write(text.ToString()));
            return failed == 0 ? ExitCode.Clean : ExitCode.Findings;
        });
        return command;
    }
}
