using System.CommandLine;
using Contradictions.Configuration;
using Contradictions.Packs;
using Contradictions.Rules;
using Contradictions.Suppressions;
using Contradictions.Reporting;

namespace Contradictions.Cli.Commands;

/// <summary>Options and steps shared by the commands.</summary>
internal static class CommonOptions
{
    /// <summary><c>--pack DIR</c>, repeatable; <paramref name="configured"/> says whether the configuration's packs are the default.</summary>
    public static Option<string[]> Pack(bool configured = true) => new("--pack", "-p")
    {
        Description = "Rule pack folder; repeat to layer packs, later ones overriding earlier ones ('default' is the built-in pack). Default: "
            + (configured ? "the configuration's packs, else the built-in pack" : "the built-in pack"),
        AllowMultipleArgumentsPerToken = false,
    };

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

    public static Option<string?> Config() => new("--config")
    {
        Description = $"Configuration file (default: the nearest {ProjectConfiguration.FileName} at or above the working directory)",
    };

    /// <summary>
    /// Builds a checker from the command line and the project's configuration, or prints what is wrong to stderr
    /// and returns null.
    /// </summary>
    public static CheckerSetup? BuildChecker(string[]? packs, string? configPath, string? baselinePath = null, bool useConfiguration = true, bool keepTexts = true)
    {
        try
        {
            var path = configPath ?? (useConfiguration ? ProjectConfiguration.Find(Directory.GetCurrentDirectory(), Console.Error.WriteLine) : null);
            var config = path is null ? null : ProjectConfiguration.Read(path);
            var builder = new ContradictionCheckerBuilder().KeepTexts(keepTexts);
            config?.Apply(builder);
            if (packs is { Length: > 0 })
            {
                builder.UsePacks(packs);
            }

            if ((baselinePath ?? config?.Baseline) is { } baseline)
            {
                if (ReadBaseline(baseline, baselinePath is null ? config : null) is not { } read)
                {
                    return null;
                }

                builder.UseBaseline(read);
            }

            return new CheckerSetup(builder.Build(), config?.FailOn ?? Severity.Error);
        }
        catch (RulePackException e)
        {
            foreach (var diagnostic in e.Diagnostics)
            {
                Console.Error.WriteLine(diagnostic);
            }

            Console.Error.WriteLine($"The rule pack or configuration did not load: {e.Diagnostics.Count} problem(s).");
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{configPath ?? "configuration"}: {e.Message}");
        }

        return null;
    }

    /// <summary>The largest baseline read, in bytes (16 MiB): a baseline of 100,000 findings needs about a tenth of it.</summary>
    private const long MaxBaselineBytes = 16L * 1024 * 1024;

    /// <summary>
    /// Reads the baseline, or prints what is wrong and returns null: the baseline file and what is wrong with it, and,
    /// when the configuration named it, the place in the configuration too.
    /// </summary>
    private static Baseline? ReadBaseline(string path, ProjectConfiguration? namedBy)
    {
        string problem;
        try
        {
            return Baseline.Read(Files.LimitedFile.ReadAllText(path, MaxBaselineBytes, "a baseline"));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            problem = "no such file; write one with 'contradictions baseline PATH...', or fix the path";
        }
        catch (UnauthorizedAccessException)
        {
            problem = "cannot be read: permission denied; check the file's permissions";
        }
        catch (IOException e)
        {
            problem = $"cannot be read: {e.Message}";
        }
        catch (FormatException e)
        {
            problem = $"not a baseline: {e.Message}; write one with 'contradictions baseline PATH...'";
        }

        var named = namedBy is null ? string.Empty : $"{namedBy.Path}:{namedBy.BaselineAt.Line}:{namedBy.BaselineAt.Column}: the baseline it names: ";
        Console.Error.WriteLine($"{named}{path}: {problem}");
        return null;
    }
}

/// <summary>A checker and the severity from which findings fail the run.</summary>
internal sealed record CheckerSetup(ContradictionChecker Checker, Severity FailOn);
