using System.CommandLine;
using Contradictions.Packs;

namespace Contradictions.Cli.Commands;

/// <summary>Options and steps shared by the commands.</summary>
internal static class CommonOptions
{
    public static Option<string?> Pack() => new("--pack", "-p") { Description = "Rule pack folder (default: the pack built into the tool)" };

    /// <summary>Builds a checker, or prints the pack's problems to stderr and returns null.</summary>
    public static ContradictionChecker? BuildChecker(string? packDirectory)
    {
        try
        {
            var builder = new ContradictionCheckerBuilder();
            return (packDirectory is null ? builder.UseDefaultPack() : builder.UsePack(packDirectory)).Build();
        }
        catch (RulePackException e)
        {
            foreach (var diagnostic in e.Diagnostics)
            {
                Console.Error.WriteLine(diagnostic);
            }

            Console.Error.WriteLine($"The rule pack did not load: {e.Diagnostics.Count} problem(s).");
            return null;
        }
    }
}
