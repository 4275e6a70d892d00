using System.CommandLine;
using Contradictions.Configuration;
using Contradictions.Packs;
using Contradictions.Reporting;
using Contradictions.Rules;
using Contradictions.Suppressions;
using Humanizer;

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

    /// <summary><c>--follow-links</c>, on every command: follow links to folders outside the folder given, which are otherwise noted and left.</summary>
    public static Option<bool> FollowLinks { get; } = new("--follow-links")
    {
        Description = "Follow symbolic links to folders outside the input folder (by default they are noted and not read)",
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
            Console.Error.WriteLine($"{Controls.Escape(note.Input)}: {note.Kind.ToString().ToLowerInvariant()}: {Controls.Escape(note.Message)}");
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
    /// <remarks>
    /// With <see cref="BaselineChoice.Discover"/>, when neither the baseline path nor the configuration names a
    /// baseline, the baseline file beside the configuration or in the working folder is used.
    /// </remarks>
    public static CheckerSetup? BuildChecker(string[]? packs, string? configPath, string? baselinePath = null, bool useConfiguration = true, bool keepTexts = true, BaselineChoice baseline = BaselineChoice.AsConfigured)
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

            var baselineFile = baseline == BaselineChoice.None ? null
                : baselinePath ?? config?.Baseline ?? (baseline == BaselineChoice.Discover ? DiscoverBaseline(path) : null);
            if (baselineFile is not null)
            {
                if (ReadBaseline(baselineFile, baselinePath is null && config?.Baseline is not null ? config : null) is not { } read)
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

            Console.Error.WriteLine($"The rule pack or configuration did not load: {"problem".ToQuantity(e.Diagnostics.Count)}.");
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{configPath ?? "configuration"}: {e.Message}");
        }

        return null;
    }

    /// <summary>
    /// Reads the baseline, or prints what is wrong and returns null: the baseline file and what is wrong with it, and,
    /// when the configuration named it, the place in the configuration too.
    /// </summary>
    private static Baseline? ReadBaseline(string path, ProjectConfiguration? namedBy)
    {
        string problem;
        try
        {
            return Baseline.ReadFile(path);
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

    /// <summary>
    /// The file <c>contradictions baseline</c> writes, beside the configuration file when there is one, else in the
    /// working folder, named relative to the working folder; null when there is none.
    /// </summary>
    private static string? DiscoverBaseline(string? configPath)
    {
        var folders = new[] { configPath is null ? null : Path.GetDirectoryName(Path.GetFullPath(configPath)), Directory.GetCurrentDirectory() };
        return folders.OfType<string>()
            .Select(folder => Path.Combine(folder, BaselineCommand.DefaultFile))
            .Where(File.Exists)
            .Select(file => Path.GetRelativePath(Directory.GetCurrentDirectory(), file))
            .FirstOrDefault();
    }
}

/// <summary>Which baseline a command uses.</summary>
internal enum BaselineChoice
{
    /// <summary>The one given on the command line or named by the configuration, if any.</summary>
    AsConfigured,

    /// <summary>As configured, else the baseline file beside the configuration or in the working folder, when there is one.</summary>
    Discover,

    /// <summary>None at all (<c>--no-baseline</c>).</summary>
    None,
}

/// <summary>A checker and the severity from which findings fail the run.</summary>
internal sealed record CheckerSetup(ContradictionChecker Checker, Severity FailOn);
