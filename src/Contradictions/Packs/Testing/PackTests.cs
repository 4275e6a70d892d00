using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Contradictions.Claims;
using Contradictions.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Contradictions.Packs.Testing;

/// <summary>
/// Runs a pack's own tests: YAML files under its <c>tests/</c> folder. A rule's test file (<c>rule:</c>) holds cases
/// that give article texts and expect the rule's finding (<c>expect: finding</c>), its absence
/// (<c>expect: no-finding</c>), or assertions; every rule must have at least one case of each kind, and a rule without
/// them fails too. A reading file (<c>family:</c>) holds paraphrase cases for a claim family: the assertions that must
/// be read from the articles (<c>assertions</c>) and those that must not (<c>absent</c>).
/// </summary>
public static partial class PackTests
{
    private const string Shape = "a rule's test file has 'rule' and 'cases', a reading file 'family' and 'cases'; see 'Pack tests' in rules/README.md";

    private static readonly Type[] Dtos = [typeof(TestFileDto), typeof(TestCaseDto), typeof(ExpectedAssertion)];

    /// <summary>Runs every case of the pack's tests through a checker built on the same pack.</summary>
    /// <returns>One result per case, in file order, then one failure per rule that lacks a firing or a non-firing case.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="pack"/> is null.</exception>
    /// <exception cref="RulePackException">When a test file is malformed (code CTR400, with file, line and column).</exception>
    public static IReadOnlyList<PackTestResult> Run(RulePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var diagnostics = new List<PackDiagnostic>();
        var files = pack.TestFiles.OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => (f.Path, Cases: Parse(f.Path, f.Text, diagnostics))).ToList();
        if (diagnostics.Count > 0)
        {
            throw new RulePackException(diagnostics);
        }

        var checker = new ContradictionCheckerBuilder().UsePack(pack).Build();
        var results = new List<PackTestResult>();
        var covered = new HashSet<(string Rule, bool Fires)>();
        foreach (var (path, cases) in files)
        {
            foreach (var (line, family, testCase) in cases)
            {
                results.Add(RunCase(checker, pack, path, line, family, testCase));
                if (testCase.Rule is not null && testCase.Expect is "finding" or "no-finding")
                {
                    covered.Add((testCase.Rule, testCase.Expect == "finding"));
                }
            }
        }

        foreach (var rule in pack.RuleIds.Order(StringComparer.Ordinal))
        {
            foreach (var (fires, words) in new[] { (true, "makes it fire (expect: finding)"), (false, "must not fire (expect: no-finding)") })
            {
                if (!covered.Contains((rule, fires)))
                {
                    results.Add(new PackTestResult("tests/", 0, $"{rule} has a case that {words}", rule, null, false, $"add a case for rule '{rule}' that {words}"));
                }
            }
        }

        return results;
    }

    private static PackTestResult RunCase(ContradictionChecker checker, RulePack pack, string path, int line, string? family, TestCaseDto testCase)
    {
        var name = testCase.Name ?? $"case at line {line}";
        var result = (string problem) => new PackTestResult(path, line, name, testCase.Rule, family, problem.Length == 0, problem);
        if (testCase.Rule is not null && !pack.RuleIds.Contains(testCase.Rule))
        {
            return result($"unknown rule '{testCase.Rule}'");
        }

        if (testCase.Expect is null ? testCase.Assertions is not { Count: > 0 } && testCase.Absent is not { Count: > 0 } : testCase.Rule is null)
        {
            return result("a case needs 'rule' with 'expect: finding' or 'expect: no-finding', or 'assertions' or 'absent'");
        }

        var report = checker.Check((testCase.Articles ?? []).Select((t, i) => SourceDocument.FromText($"article-{i + 1}.txt", t)).ToList());
        return result((testCase.Expect is null ? null : RuleProblem(testCase, report)) ?? ReadingProblem(testCase, pack, report.Assertions) ?? string.Empty);
    }

    /// <summary>What the rule did against the case's <c>expect</c>, or null when it did what was expected.</summary>
    private static string? RuleProblem(TestCaseDto testCase, Reporting.Report report)
    {
        var fired = report.Findings.Where(f => f.Rule == testCase.Rule).ToList();
        var sides = fired.FirstOrDefault()?.Evidence.Select(e => e.Side).Distinct().ToList() ?? [];
        return testCase.Expect switch
        {
            "finding" when fired.Count == 0 => $"expected a '{testCase.Rule}' finding, got none; assertions read: {Describe(report.Assertions)}",
            "finding" when testCase.Sides is { Count: > 0 } expected && !expected.Order(StringComparer.Ordinal).SequenceEqual(sides.Order(StringComparer.Ordinal)) =>
                $"expected sides [{string.Join(", ", expected)}], got [{string.Join(", ", sides)}]",
            "no-finding" when fired.Count > 0 => $"expected no '{testCase.Rule}' finding, got: {fired[0].Message}",
            "finding" or "no-finding" => null,
            _ => $"unknown expect '{testCase.Expect}' (use one of: finding, no-finding)",
        };
    }

    /// <summary>The case's <c>assertions</c> that were not read and its <c>absent</c> entries that were, or null when there are none.</summary>
    private static string? ReadingProblem(TestCaseDto testCase, RulePack pack, IReadOnlyList<Assertion> read)
    {
        var entries = (testCase.Assertions ?? []).Concat(testCase.Absent ?? []);
        var problems = entries.SelectMany(e => e.UnknownIds(pack)).Distinct().Select(id => $"unknown {id}")
            .Concat((testCase.Assertions ?? []).Where(e => !read.Any(e.Matches)).Select(e => $"expected {e}"))
            .Concat((testCase.Absent ?? []).Where(e => read.Any(e.Matches)).Select(e => $"expected no {e}"))
            .ToList();
        return problems.Count == 0 ? null : $"{string.Join("; ", problems)}; read: {Describe(read)}";
    }

    private static string Describe(IEnumerable<Assertion> assertions)
    {
        var list = assertions.Select(ExpectedAssertion.Describe).ToList();
        return list.Count == 0 ? "none" : string.Join("; ", list);
    }

    private static List<(int Line, string? Family, TestCaseDto Case)> Parse(string path, string text, List<PackDiagnostic> diagnostics)
    {
        if (AliasBudget.FindOverflow(text) is { } stop)
        {
            diagnostics.Add(stop.Overflow
                ? Error(path, stop.At, $"YAML aliases here copy in more than {AliasBudget.MaxCopiedNodes} nodes", "write the values out instead of nesting anchors and aliases")
                : Error(path, stop.At, stop.Problem ?? "the YAML cannot be read past this place", stop.Problem is null ? "check the brackets and quotes that follow" : "write the values out with fewer levels"));
            return [];
        }

        var marks = new ConditionalWeakTable<object, StrongBox<Mark>>();
        var at = (object o) => marks.TryGetValue(o, out var box) ? box.Value : Mark.Empty;
        var deserializer = StrictYaml.Builder(marks).Build();
        TestFileDto file;
        try
        {
            file = deserializer.Deserialize<TestFileDto>(text) ?? new TestFileDto();
        }
        catch (YamlException e)
        {
            diagnostics.Add(YamlError(path, e));
            return [];
        }

        var before = diagnostics.Count;
        Check(file, (o, message, hint) => diagnostics.Add(Error(path, at(o), message, hint)));
        return diagnostics.Count > before ? [] : file.Cases!.Select(c => ((int)at(c).Line, file.Family, c)).ToList();
    }

    /// <summary>Reports what YAML alone does not catch: a reading case with a rule's keys, entries without a predicate, unknown polarity or modality words.</summary>
    private static void Check(TestFileDto file, Action<object, string, string> problem)
    {
        if (file.Rule is not null && file.Family is not null)
        {
            problem(file, "a test file has 'rule' or 'family', not both", Shape);
        }

        // An empty list item ("- " and nothing) reads as null; it says nothing, so it is dropped.
        (file.Cases ??= []).RemoveAll(c => c is null);
        foreach (var testCase in file.Cases)
        {
            if (file.Family is not null && (testCase.Rule is not null || testCase.Expect is not null || testCase.Sides is not null))
            {
                problem(testCase, "a reading case has no 'rule', 'expect' or 'sides'", "move the case to a rule's test file, or give 'assertions' and 'absent' instead");
            }

            testCase.Assertions?.RemoveAll(e => e is null);
            testCase.Absent?.RemoveAll(e => e is null);
            if (file.Family is not null && testCase.Assertions is not { Count: > 0 } && testCase.Absent is not { Count: > 0 })
            {
                problem(testCase, "a reading case needs 'assertions' or 'absent'", "list the assertions that must be read under 'assertions' and those that must not under 'absent'");
            }

            foreach (var entry in (testCase.Assertions ?? []).Concat(testCase.Absent ?? []))
            {
                if (entry.Predicate is null)
                {
                    problem(entry, "an assertion needs 'predicate'", "give the id of one of the pack's predicates");
                }

                if (entry.Polarity is { } polarity && !ExpectedAssertion.Polarities.Contains(polarity))
                {
                    problem(entry, $"unknown polarity '{polarity}'", $"use one of: {string.Join(", ", ExpectedAssertion.Polarities)}");
                }

                if (entry.Modality is { } modality && !ExpectedAssertion.Modalities.Contains(modality))
                {
                    problem(entry, $"unknown modality '{modality}'", $"use one of: {string.Join(", ", ExpectedAssertion.Modalities)}");
                }
            }

            testCase.Rule ??= file.Rule;
        }
    }

    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "The test file's shapes are kept by YamlShapes.")]
    private static PackDiagnostic YamlError(string path, YamlException e)
    {
        // YamlDotNet's messages name the types a file is read into and repeat the position; a pack author needs the key.
        var innermost = Innermost(e);
        var index = innermost.Message.LastIndexOf("): ", StringComparison.Ordinal);
        var message = index >= 0 && innermost.Message.StartsWith("(Line", StringComparison.Ordinal) ? innermost.Message[(index + 3)..] : innermost.Message;
        if (innermost is SyntaxErrorException)
        {
            return Error(path, e.Start, message, "fix the YAML syntax at this place");
        }

        if (UnknownKey().Match(message) is { Success: true } unknown)
        {
            var keys = Dtos.FirstOrDefault(t => t.FullName == unknown.Groups["type"].Value)?.GetProperties().Select(p => HyphenatedNamingConvention.Instance.Apply(p.Name)) ?? [];
            return Error(path, e.Start, $"unknown key '{unknown.Groups["key"].Value}'", $"use one of: {string.Join(", ", keys)}");
        }

        return message.StartsWith("Encountered duplicate key ", StringComparison.Ordinal)
            ? Error(path, e.Start, $"duplicate key '{message["Encountered duplicate key ".Length..]}'", "give each key once")
            : message.Contains("not a valid YAML Boolean", StringComparison.Ordinal)
                ? Error(path, e.Start, "this key takes true or false", Shape)
                : Error(path, e.Start, "this is not what the key expects here (a list, a key: value mapping, or a single value)", Shape);
    }

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;

    private static PackDiagnostic Error(string path, Mark at, string message, string hint) => new("CTR400", path, (int)at.Line, (int)at.Column, message, hint);

    [GeneratedRegex(@"^Property '(?<key>[^']*)' not found on type '(?<type>[^']*)'\.$")]
    private static partial Regex UnknownKey();
}
