using System.Diagnostics;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Cli;

/// <summary>The built <c>contradictions</c> command, run as a user runs it.</summary>
public class CommandLineTests
{
    private static (int Exit, string Stdout, string Stderr) Run(params string[] args) => Tool.Run(args);

    private static (int Exit, string Stdout, string Stderr) RunIn(string workingDirectory, params string[] args) => Tool.RunIn(workingDirectory, args);

    [Test]
    public void CheckingTheSeedsExitsWithOneForErrorFindings()
    {
        var (exit, stdout, _) = Run("check", "seeds");
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(stdout, Does.Contain("error approval-attribution [approval-attribution-"));
    }

    [Test]
    public void JsonKeepsTheContractNames()
    {
        var (_, stdout, _) = Run("check", "seeds", "--format", "json");
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var evidence = json.RootElement.GetProperty("findings")[0].GetProperty("evidence")[0];
        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("sources").GetArrayLength(), Is.EqualTo(5));
            Assert.That(json.RootElement.GetProperty("assertions").GetArrayLength(), Is.GreaterThan(0));
            foreach (var name in new[] { "source", "line", "column", "quote" })
            {
                Assert.That(evidence.TryGetProperty(name, out _), Is.True, name);
            }
        });
    }

    [Test]
    public void AMissingPathIsReportedAndTheOthersAreStillChecked()
    {
        var (exit, stdout, stderr) = Run("check", "seeds/001_fefda87a930da40c.txt", "no-such-file.txt");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(stderr, Does.Contain("no-such-file.txt: skipped: no such file or folder"));
            Assert.That(stdout, Does.Contain("1 source,"));
        });
    }

    [Test]
    public void ABrokenPackGivesFileLineAndColumnAndNoStackTrace()
    {
        using var pack = new PackCopy().With("conflicts/bad.yaml", "kind: exclusive-values\npredicate: nmda-acton\n");
        var (exit, _, stderr) = Run("check", "seeds", "--pack", pack.Directory);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(stderr, Does.Contain("CTR202 ").And.Contain("conflicts/bad.yaml:1:1: rule 'bad' names unknown predicate 'nmda-acton'"));
            Assert.That(stderr, Does.Not.Contain("   at "));
        });
    }

    [Test]
    public void TheExplanationNumbersARepeatedArgumentByItsOwnCount()
    {
        var file = Path.Combine(Path.GetTempPath(), $"contradictions-list-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "Ketamine was approved for anesthesia, sedation and pain.\n");
        try
        {
            var (exit, stdout, _) = Run("extract", file, "--explain");
            Assert.Multiple(() =>
            {
                Assert.That(exit, Is.EqualTo(0));
                Assert.That(stdout, Does.Contain("\"qualifier\": \"anesthesia\",").And.Contain("\"qualifier 2\": \"sedation\",").And.Contain("\"qualifier 3\": \"pain\""));
            });
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void ExtractPrintsAssertionsAsYaml()
    {
        var (exit, stdout, _) = Run("extract", "seeds/003_f99d0e9ae0aaf4b6.txt", "--format", "yaml");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(stdout, Does.Contain("predicate: respiratory-depression").And.Contain("polarity: negated"));
    }

    [Test]
    public void TheReportFileIsWrittenWhole()
    {
        var output = Path.Combine(Path.GetTempPath(), "contradictions-report-" + Guid.NewGuid().ToString("N") + ".md");
        try
        {
            Run("check", "seeds", "--format", "markdown", "--output", output);
            Assert.That(File.ReadAllText(output), Does.StartWith("# Contradictions report"));
            Assert.That(Directory.GetFiles(Path.GetDirectoryName(output)!, "." + Path.GetFileName(output) + "*"), Is.Empty);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Test]
    public void ABaselineMakesTheNextCheckPassAndCountsWhatItSilenced()
    {
        var baseline = Path.Combine(Path.GetTempPath(), "contradictions-baseline-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var (written, _, stderr) = Run("baseline", "seeds", "--output", baseline);
            var (exit, stdout, _) = Run("check", "seeds", "--baseline", baseline);
            Assert.Multiple(() =>
            {
                Assert.That((written, exit), Is.EqualTo((0, 0)));
                Assert.That(stderr, Does.Contain($"{Repository.SeedReport.Findings.Count} findings recorded"));
                Assert.That(stdout, Does.Contain($"0 conflicts (0 errors), {Repository.SeedReport.Findings.Count} suppressed"));
            });
        }
        finally
        {
            File.Delete(baseline);
        }
    }

    [Test]
    public void TheTextReportShowsEachFindingsIdOnItsLine()
    {
        var (_, stdout, _) = Run("check", "seeds");
        var lines = stdout.Split('\n');
        Assert.Multiple(() =>
        {
            foreach (var finding in Repository.SeedReport.Findings)
            {
                Assert.That(lines.Count(l => l.Contains($" {finding.Severity.ToString().ToLowerInvariant()} {finding.Rule} [{finding.Id}]: ", StringComparison.Ordinal)), Is.EqualTo(1), finding.Id);
            }
        });
    }

    [Test]
    public void AReportInAFileLeavesItsSummaryItsPathAndTheMeaningOfTheExitCodeOnStderr()
    {
        var output = Path.Combine(Path.GetTempPath(), "contradictions-report-" + Guid.NewGuid().ToString("N") + ".sarif");
        try
        {
            var (exit, stdout, stderr) = Run("check", "seeds", "--format", "sarif", "--output", output);
            Assert.Multiple(() =>
            {
                Assert.That(exit, Is.EqualTo(1));
                Assert.That(stdout, Is.Empty);
                Assert.That(stderr, Does.Contain(Repository.SeedReport.Summary + "\n"));
                Assert.That(stderr, Does.Contain($"The report is in {output}."));
                Assert.That(stderr, Does.Contain("Exit code 1: conflicts at error severity were found"));
            });
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Test]
    public void TheBaselineBesideTheConfigurationOrInTheWorkingFolderIsUsedUnlessNoBaselineIsGiven()
    {
        var root = Path.Combine(Path.GetTempPath(), "contradictions-project-" + Guid.NewGuid().ToString("N"));
        var nested = Path.Combine(root, "articles");
        Directory.CreateDirectory(nested);
        try
        {
            File.Copy(Repository.SeedFile("002"), Path.Combine(nested, "002.txt"));
            var here = RunIn(nested, "baseline", "002.txt");
            var found = RunIn(nested, "check", "002.txt");
            var none = RunIn(nested, "check", "002.txt", "--no-baseline");
            File.WriteAllText(Path.Combine(root, ".contradictions.yaml"), "fail-on: error\n");
            File.Move(Path.Combine(nested, ".contradictions-baseline.json"), Path.Combine(root, ".contradictions-baseline.json"));
            var besideConfig = RunIn(nested, "check", "002.txt");
            Assert.Multiple(() =>
            {
                Assert.That(here.Exit, Is.EqualTo(0), here.Stderr);
                Assert.That(found.Exit, Is.EqualTo(0), found.Stdout + found.Stderr);
                Assert.That(found.Stdout, Does.Match(@"0 conflicts \(0 errors\), (\d+) suppressed \(\1 by the baseline \.contradictions-baseline\.json\)"));
                Assert.That(none.Exit, Is.EqualTo(1));
                Assert.That(none.Stdout, Does.Not.Contain("baseline"));
                Assert.That(besideConfig.Exit, Is.EqualTo(0), besideConfig.Stdout + besideConfig.Stderr);
                Assert.That(besideConfig.Stdout, Does.Contain($"by the baseline ..{Path.DirectorySeparatorChar}.contradictions-baseline.json)"));
            });
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public void ExplainTakesTheNameOfARuleThatFoundOneConflictAndListsTheIdsOfOneThatFoundMore()
    {
        var id = Repository.SeedReport.Findings.Single(f => f.Rule == "in-use-since").Id;
        var many = Repository.SeedReport.Findings.Where(f => f.Rule == "approval-status").Select(f => f.Id).ToList();
        var byId = Run("explain", id, "seeds");
        var byRule = Run("explain", "in-use-since", "seeds");
        var ambiguous = Run("explain", "approval-status", "seeds");
        Assert.Multiple(() =>
        {
            Assert.That(byRule, Is.EqualTo(byId));
            Assert.That(many, Has.Count.GreaterThan(1));
            Assert.That(ambiguous.Exit, Is.EqualTo(2));
            Assert.That(ambiguous.Stderr, Does.Contain($"approval-status: the rule found {many.Count} conflicts here; give one of their ids: {string.Join(", ", many)}"));
        });
    }

    [Test]
    public void ExplainShowsHowEachSideWasReadAndWhyTheyConflict()
    {
        var id = Repository.SeedReport.Findings.Single(f => f.Rule == "in-use-since").Id;
        var (exit, stdout, _) = Run("explain", id, "seeds");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0));
            Assert.That(stdout, Does.Contain("why: the dates 1960\u20131969 and 1997 do not overlap"));
            Assert.That(stdout, Does.Contain("read by pattern 'in-use-since': subject esketamine (\"esketamine\"); date 1960\u20131969 (\"the 1960s\")"));
        });
    }

    [Test]
    public void TestPackRunsTheDefaultPacksCases()
    {
        var (exit, stdout, _) = Run("test-pack");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(stdout, Does.Contain(" passed, 0 failed\n").And.Match(@"\nfamily +\| cases \| passed \| rate\n"));
    }

    [Test]
    public void TestPackFailsOnlyWhenARuleCaseFailsOrAFamilyReadsBelowMinReading()
    {
        const string Reading = "family: nmda-action\ncases:\n"
            + "  - name: read\n    articles: [\"Ketamine is an NMDA receptor antagonist.\"]\n    assertions: [{predicate: nmda-action, subject: ketamine, value: antagonist}]\n"
            + "  - name: not read\n    articles: [\"Ketamine is an NMDA receptor antagonist.\"]\n    assertions: [{predicate: nmda-action, subject: ketamine, value: agonist}]\n";
        using var pack = new PackCopy().Without("tests/reading").With("tests/reading/nmda-action.yaml", Reading);
        var graded = Run("test-pack", pack.Directory);
        var exits = new[] { "0.5", "0.6", "1.5" }.Select(rate => Run("test-pack", pack.Directory, "--min-reading", rate).Exit).ToList();
        pack.With("tests/nmda-action.yaml", "rule: nmda-action\ncases:\n  - name: wrong\n    articles: [\"Ketamine is an NMDA receptor antagonist.\"]\n    expect: finding\n");
        Assert.Multiple(() =>
        {
            Assert.That(graded.Exit, Is.EqualTo(0), graded.Stdout + graded.Stderr);
            Assert.That(graded.Stdout, Does.Contain("tests/reading/nmda-action.yaml:6: not read: expected nmda-action(ketamine, agonist, *, *, *, *, *); read: nmda-action(ketamine, antagonist, -, -, affirmed, states, {})\n"));
            Assert.That(graded.Stdout, Does.Contain("\nnmda-action |     2 |      1 | 0.50\n"));
            Assert.That(exits, Is.EqualTo(new[] { 0, 1, 2 }));
            Assert.That(Run("test-pack", pack.Directory).Exit, Is.EqualTo(1));
        });
    }

    [Test]
    public void TheConfigurationAboveTheWorkingDirectoryApplies()
    {
        var root = Path.Combine(Path.GetTempPath(), "contradictions-project-" + Guid.NewGuid().ToString("N"));
        var nested = Path.Combine(root, "articles", "draft");
        Directory.CreateDirectory(nested);
        try
        {
            File.WriteAllText(Path.Combine(root, ".contradictions.yaml"), "disable: [nmda-action]\nfail-on: warning\n");
            File.WriteAllText(Path.Combine(nested, "a.txt"), "Ketamine is a selective agonist of the NMDA receptor.\n");
            var quiet = RunIn(nested, "check", "a.txt");
            File.WriteAllText(Path.Combine(nested, "b.txt"), "Ketamine is considered a Schedule III controlled substance by the FDA.\n");
            var warned = RunIn(nested, "check", "a.txt", "b.txt");
            Assert.That((quiet.Exit, warned.Exit), Is.EqualTo((0, 1)), quiet.Stdout + warned.Stdout);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public void CheckingExtractedHalvesGivesTheFindingsOfCheckingAllTheSeeds()
    {
        var seeds = Directory.GetFiles(Repository.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(f => Path.GetRelativePath(Repository.Root, f)).ToList();
        var (firstExit, first, _) = Run(["extract", "--format", "jsonl", .. seeds.Take(2)]);
        var (secondExit, second, _) = Run(["extract", "--format", "jsonl", .. seeds.Skip(2)]);
        var lines = Path.Combine(Path.GetTempPath(), "contradictions-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            File.WriteAllText(lines, first + second);
            var (exit, merged, _) = Run("check", "--assertions", lines, "--format", "json");
            var (_, direct, _) = Run("check", "seeds", "--format", "json");
            Assert.Multiple(() =>
            {
                Assert.That((firstExit, secondExit, exit), Is.EqualTo((0, 0, 1)));
                Assert.That(first.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.All.StartWith("{\"id\":"));
                Assert.That(Section(merged, "findings"), Is.EqualTo(Section(direct, "findings")));
                Assert.That(Section(merged, "corroborations"), Is.EqualTo(Section(direct, "corroborations")));
            });
        }
        finally
        {
            File.Delete(lines);
        }
    }

    [Test]
    public void ALineThatIsNotAnAssertionIsNamedAndSkipped()
    {
        var lines = Path.Combine(Path.GetTempPath(), "contradictions-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            var (_, good, _) = Run("extract", "--format", "jsonl", "seeds/004_c945a068740e675c.txt");
            File.WriteAllText(lines, "{\"id\": 3}\n" + good);
            var (exit, stdout, stderr) = Run("check", "--assertions", lines);
            Assert.Multiple(() =>
            {
                Assert.That(exit, Is.EqualTo(2));
                Assert.That(stderr, Does.Contain(lines + ":1: skipped: not an assertion: 'id' must be a string"));
                Assert.That(stdout, Does.Contain("1 source,"));
            });
        }
        finally
        {
            File.Delete(lines);
        }
    }

    [TestCase("check", "seeds", "--formt", "html", ExpectedResult = "Unknown option '--formt' for 'check'. Did you mean --format?")]
    [TestCase("check", "seeds", "--verbos", ExpectedResult = "Unknown option '--verbos' for 'check'. Did you mean --verbose?")]
    [TestCase("extract", "seeds", "--explian", ExpectedResult = "Unknown option '--explian' for 'extract'. Did you mean --explain?")]
    [TestCase("chek", "seeds", ExpectedResult = "Unknown command 'chek'. Did you mean check?")]
    [TestCase("check", "seeds", "--zzzzzzzz", ExpectedResult = "Unknown option '--zzzzzzzz' for 'check'.")]
    public string AnUnknownOptionOrCommandIsAUsageErrorWithASuggestionNotAPath(params string[] args)
    {
        var (exit, stdout, stderr) = Tool.Run(args);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(stdout, Is.Empty, "nothing was checked");
            Assert.That(stderr, Does.Not.Contain("no such file or folder").And.Contain("--help' for usage."));
        });
        return stderr.Split('\n')[0];
    }

    [Test]
    public void AfterADoubleDashAWordThatLooksLikeAnOptionIsAPath()
    {
        var (exit, _, stderr) = Tool.Run("check", "--", "-not-an-option.txt");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(stderr, Does.Contain("-not-an-option.txt: skipped: no such file or folder"));
        });
    }

    [Test]
    public void CheckWantsArticlesOrAssertionsButNotBoth()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Run("check").Exit, Is.EqualTo(2));
            Assert.That(Run("check", "seeds", "--assertions", "-").Stderr, Does.Contain("not both"));
        });
    }

    [Test]
    public void ProgressStaysOffStderrWhenItIsNotATerminal() =>
        Assert.That(Run("check", "seeds").Stderr, Does.Not.Contain("files,"));

    [Test]
    public void ProgressShowsFilesAndSpeedOnATerminal()
    {
        // script(1) gives the command a terminal; it is part of every Debian system (bsdutils).
        var dll = Path.Combine(TestContext.CurrentContext.TestDirectory, "Contradictions.Cli.dll");
        var start = new ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root };
        foreach (var arg in new[] { "-qec", $"dotnet \"{dll}\" check seeds", "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var terminal = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(terminal, Does.Match(@"5/5 files, \d+\.\d MB/s, \d+:\d\d left"));
    }

    private static string Section(string json, string name) =>
        System.Text.Json.Nodes.JsonNode.Parse(json)![name]!.ToJsonString();
}
