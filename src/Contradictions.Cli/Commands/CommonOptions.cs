using System.CommandLine;
using Contradictions.Packs;
using Contradictions.Reporting;

namespace Contradictions.Cli.Commands;

/// <summary>Options and steps shared by the commands.</summary>
internal static class CommonOptions
{
    public static Option<string?> Pack() => new("--pack", "-p") { Description = "Rule pack folder (default: the pack built into the tool)" };

    /// <summary><c>--verbose</c>, on every command: each input as it is read, and the stack trace of an unexpected error.</summary>
    public static Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Print each input as it is read, and the stack trace of an unexpected error",
        Recursive = true,
    };

    /// <summary>With <c>--verbose</c>, a callback that prints each file as it is read; otherwise none.</summary>
    public static Action<string>? Progress(ParseResult parse) =>
        parse.GetValue(Verbose) ? path => Console.Error.WriteLine($"reading {path}") : null;

    /// <summary>Prints the notes on inputs to stderr, one line each: <c>path: skipped: why</c>.</summary>
    public static void PrintNotes(IEnumerable<InputNote> notes)
    {
        foreach (var note in notes)
        {
            Console.Error.WriteLine($"{note.Input}: {note.Kind.ToString().ToLowerInvariant()}: {note.Message}");
        }
    }

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
