using Contradictions.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Contradictions.Packs.Testing;

/// <summary>The outcome of one case of a pack's tests.</summary>
/// <param name="File">The test file.</param>
/// <param name="Line">The case's line in it.</param>
/// <param name="Name">The case's name.</param>
/// <param name="Rule">The rule it exercises, or null for an extraction case.</param>
/// <param name="Passed">Whether the pack did what the case expects.</param>
/// <param name="Message">What went wrong, or an empty string.</param>
public sealed record PackTestResult(string File, int Line, string Name, string? Rule, bool Passed, string Message);

/// <summary>
/// Runs a pack's own tests: YAML files under its <c>tests/</c> folder, each a list of cases that give article texts
/// and expect a rule's finding (<c>expect: finding</c>), its absence (<c>expect: no-finding</c>), or assertions.
/// Every rule must have at least one case of each kind; a rule without them fails too.
/// </summary>
public static class PackTests
{
    /// <summary>Runs every case of the pack's tests through a checker built on the same pack.</summary>
    /// <exception cref="RulePackException">When a test file is malformed (file, line, column).</exception>
    public static IReadOnlyList<PackTestResult> Run(RulePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var checker = new ContradictionCheckerBuilder().UsePack(pack).Build();
        var results = new List<PackTestResult>();
        var covered = new HashSet<(string Rule, bool Fires)>();
        foreach (var (path, text) in pack.TestFiles.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            foreach (var (line, testCase) in Parse(path, text))
            {
                var result = RunCase(checker, pack, path, line, testCase);
                results.Add(result);
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
                    results.Add(new PackTestResult("tests/", 0, $"{rule} has a case that {words}", rule, false, $"add a case for rule '{rule}' that {words}"));
                }
            }
        }

        return results;
    }

    private static PackTestResult RunCase(ContradictionChecker checker, RulePack pack, string path, int line, CaseDto testCase)
    {
        var name = testCase.Name ?? $"case at line {line}";
        var fail = (string message) => new PackTestResult(path, line, name, testCase.Rule, false, message);
        if (testCase.Rule is not null && !pack.RuleIds.Contains(testCase.Rule))
        {
            return fail($"unknown rule '{testCase.Rule}'");
        }

        var articles = (testCase.Articles ?? []).Select((t, i) => SourceDocument.FromText($"article-{i + 1}.txt", t)).ToList();
        var report = checker.Check(articles);
        var fired = report.Findings.Where(f => f.Rule == testCase.Rule).ToList();
        switch (testCase.Expect)
        {
            case "finding" when fired.Count == 0:
                return fail($"expected a '{testCase.Rule}' finding, got none; assertions read: {Describe(report.Assertions)}");
            case "finding" when testCase.Sides is { Count: > 0 } sides && !sides.Order(StringComparer.Ordinal).SequenceEqual(fired[0].Evidence.Select(e => e.Side).Distinct().Order(StringComparer.Ordinal)):
                return fail($"expected sides [{string.Join(", ", sides)}], got [{string.Join(", ", fired[0].Evidence.Select(e => e.Side).Distinct())}]");
            case "no-finding" when fired.Count > 0:
                return fail($"expected no '{testCase.Rule}' finding, got: {fired[0].Message}");
            case "finding" or "no-finding":
                break;
            case null when testCase.Assertions is { Count: > 0 }:
                foreach (var expected in testCase.Assertions)
                {
                    var found = report.Assertions.Any(a =>
                        a.Predicate == expected.Predicate
                        && (expected.Subject is null || a.Subject == expected.Subject)
                        && (expected.Value is null || a.Value?.Normalized == expected.Value)
                        && (expected.Date is null || a.Date?.ToString() == expected.Date)
                        && (expected.Polarity is null || string.Equals(a.Polarity.ToString(), expected.Polarity, StringComparison.OrdinalIgnoreCase))
                        && (expected.Modality is null || string.Equals(a.Modality.ToString(), expected.Modality, StringComparison.OrdinalIgnoreCase)));
                    if (!found)
                    {
                        return fail($"expected an assertion {expected.Predicate} {expected.Subject} {expected.Value} {expected.Date} {expected.Polarity} {expected.Modality}".TrimEnd() + $"; read: {Describe(report.Assertions)}");
                    }
                }

                break;
            default:
                return fail("a case needs 'rule' with 'expect: finding' or 'expect: no-finding', or 'assertions'");
        }

        return new PackTestResult(path, line, name, testCase.Rule, true, string.Empty);
    }

    private static string Describe(IEnumerable<Claims.Assertion> assertions)
    {
        var list = assertions.Select(a => $"{a.Predicate}({a.Subject}{(a.Value is null ? string.Empty : ", " + a.Value.Normalized)}{(a.Date is null ? string.Empty : ", " + a.Date)}, {a.Polarity.ToString().ToLowerInvariant()})").ToList();
        return list.Count == 0 ? "none" : string.Join("; ", list);
    }

    private static List<(int Line, CaseDto Case)> Parse(string path, string text)
    {
        var marks = new System.Runtime.CompilerServices.ConditionalWeakTable<object, System.Runtime.CompilerServices.StrongBox<Mark>>();
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(HyphenatedNamingConvention.Instance)
            .WithDuplicateKeyChecking()
            .WithNodeDeserializer(inner => new MarkRecorder(inner, marks), s => s.InsteadOf<YamlDotNet.Serialization.NodeDeserializers.ObjectNodeDeserializer>())
            .Build();
        try
        {
            var file = deserializer.Deserialize<FileDto>(text) ?? new FileDto();
            return (file.Cases ?? [])
                .Select(c =>
                {
                    c.Rule ??= file.Rule;
                    return ((int)(marks.TryGetValue(c, out var box) ? box.Value.Line : 0), c);
                })
                .ToList();
        }
        catch (YamlException e)
        {
            throw new RulePackException([new PackDiagnostic("CTR400", path, (int)e.Start.Line, (int)e.Start.Column, (e.InnerException ?? e).Message, "a test file has 'rule' and 'cases'; each case has name, articles, and expect or assertions")]);
        }
    }

#pragma warning disable CA2227, CA1002 // Deserialization targets need settable List<T> properties.
    private sealed class FileDto
    {
        public string? Rule { get; set; }

        public List<CaseDto>? Cases { get; set; }
    }

    private sealed class CaseDto
    {
        public string? Name { get; set; }

        public string? Rule { get; set; }

        public List<string>? Articles { get; set; }

        public string? Expect { get; set; }

        public List<string>? Sides { get; set; }

        public List<ExpectedAssertionDto>? Assertions { get; set; }
    }

    private sealed class ExpectedAssertionDto
    {
        public string? Predicate { get; set; }

        public string? Subject { get; set; }

        public string? Value { get; set; }

        public string? Date { get; set; }

        public string? Polarity { get; set; }

        public string? Modality { get; set; }
    }
#pragma warning restore CA2227, CA1002
}
