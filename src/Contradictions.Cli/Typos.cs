using System.CommandLine;
using System.CommandLine.Parsing;

namespace Contradictions.Cli;

/// <summary>
/// Words the command line does not know: an option no command has, which the parser would take for a path, and a
/// command or argument it could not match; each with the closest name the command does know.
/// </summary>
internal static class Typos
{
    /// <summary>Each unknown word of the command line, with a suggestion when one is close.</summary>
    public static IReadOnlyList<string> Problems(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var problems = new List<string>();

        // After "--" every word is a path, however it starts; before it, a word like "--formt" is a mistyped option.
        if (!parse.Tokens.Any(t => t.Type == TokenType.DoubleDash))
        {
            foreach (var token in parse.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens))
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    problems.Add($"Unknown option '{token.Value}' for '{command.Name}'.{Suggest(token.Value, OptionNames(command))}");
                }
            }
        }

        // A mistyped command leaves its own arguments unmatched too; only the first word is the command.
        foreach (var word in command.Subcommands.Count > 0 ? parse.UnmatchedTokens.Take(1) : parse.UnmatchedTokens)
        {
            var names = word.StartsWith('-') ? OptionNames(command) : command.Subcommands.Select(c => c.Name);
            problems.Add($"Unknown {(word.StartsWith('-') ? "option" : command.Subcommands.Count > 0 ? "command" : "argument")} '{word}'.{Suggest(word, names)}");
        }

        return problems;
    }

    /// <summary>" Did you mean --format?" for the closest name within a third of the word's length, or nothing.</summary>
    internal static string Suggest(string word, IEnumerable<string> names)
    {
        var closest = names
            .Select(name => (Name: name, Distance: Quickenshtein.Levenshtein.GetDistance(word, name)))
            .Where(c => c.Distance <= Math.Max(1, word.TrimStart('-').Length / 3))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return closest.Name is null ? string.Empty : $" Did you mean {closest.Name}?";
    }

    private static IEnumerable<string> OptionNames(Command command)
    {
        var options = command.Options.AsEnumerable();
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            options = options.Concat(parent.Options.Where(o => o.Recursive));
        }

        return options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
    }
}
