using System.CommandLine;
using System.Globalization;
using Contradictions.Packs;
using Contradictions.Packs.Testing;

namespace Contradictions.Cli.Commands;

/// <summary>
/// <c>contradictions test-pack [DIR] [--min-reading RATE]</c>: runs a pack's own test cases (its <c>tests/</c> folder).
/// A rule's cases are strict; reading cases are graded per claim family, and fail the run only below <c>--min-reading</c>.
/// </summary>
internal static class TestPackCommand
{
    public static Command Create()
    {
        var directory = new Argument<string?>("dir") { Description = "The pack folder (default: the built-in pack)", Arity = ArgumentArity.ZeroOrOne };
        var minReading = new Option<double?>("--min-reading") { Description = "Fail when a claim family passes fewer than this share (0 to 1) of its reading cases" };
        minReading.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double?>() is { } rate && rate is not (>= 0 and <= 1))
            {
                r.AddError($"--min-reading takes a rate from 0 to 1, not {rate.ToString(CultureInfo.InvariantCulture)}");
            }
        });
        var command = new Command("test-pack", "Run a rule pack's test cases: every rule needs a case that fires it and one that must not; reading cases are graded per claim family") { directory, minReading };
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

            var rules = results.Where(r => r.Family is null).ToList();
            var failed = rules.Count(r => !r.Passed);
            var min = parse.GetValue(minReading);
            var below = Families(results).Where(f => min is { } floor && f.Rate < floor).ToList();
            Output.Write(null, w =>
            {
                foreach (var result in rules)
                {
                    w.WriteLine(result.Passed ? $"pass {result.File}:{result.Line}: {result.Name}" : $"FAIL {result.File}:{result.Line}: {result.Name}: {result.Message}");
                }

                w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rules.Count - failed} passed, {failed} failed"));
                var reading = results.Where(r => r.Family is not null).ToList();
                if (reading.Count > 0)
                {
                    // Graded: each failing case, then how far each family is.
                    w.WriteLine();
                    var failing = reading.Where(r => !r.Passed).ToList();
                    foreach (var result in failing)
                    {
                        w.WriteLine($"{result.File}:{result.Line}: {result.Name}: {result.Message}");
                    }

                    if (failing.Count > 0)
                    {
                        w.WriteLine();
                    }

                    WriteReadingTable(reading, w);
                }

                foreach (var family in below)
                {
                    w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{family.Family}: {family.Rate:0.00} of its reading cases pass, below --min-reading {min}"));
                }
            });
            return failed == 0 && below.Count == 0 ? ExitCode.Clean : ExitCode.Findings;
        });
        return command;
    }

    /// <summary>Writes a table of the reading cases per claim family: family | cases | passed | rate, then all of them.</summary>
    public static void WriteReadingTable(IReadOnlyList<PackTestResult> results, TextWriter writer)
    {
        var families = Families(results);
        var all = new FamilyRate("all", families.Sum(f => f.Cases), families.Sum(f => f.Passed));
        var width = Math.Max("family".Length, families.Count == 0 ? 0 : families.Max(f => f.Family.Length));
        writer.WriteLine($"{"family".PadRight(width)} | cases | passed | rate");
        foreach (var family in families.Append(all))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{family.Family.PadRight(width)} | {family.Cases,5} | {family.Passed,6} | {family.Rate:0.00}"));
        }
    }

    private static List<FamilyRate> Families(IReadOnlyList<PackTestResult> results) => results
        .Where(r => r.Family is not null)
        .GroupBy(r => r.Family!, StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new FamilyRate(g.Key, g.Count(), g.Count(r => r.Passed)))
        .ToList();

    private sealed record FamilyRate(string Family, int Cases, int Passed)
    {
        public double Rate => Cases == 0 ? 1 : (double)Passed / Cases;
    }
}
