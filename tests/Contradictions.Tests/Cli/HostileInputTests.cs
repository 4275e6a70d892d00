using System.Runtime.Versioning;
using System.Text.Json;
using System.Text.Json.Nodes;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Cli;

/// <summary>
/// Inputs written by an attacker or a careless user (issue 15): one bad input never costs the other inputs their
/// report, no read is without a bound, the report never overwrites an article, and no escape code reaches a terminal.
/// </summary>
[UnsupportedOSPlatform("windows")]
[Platform(Exclude = "Win", Reason = "named pipes and devices")]
public class HostileInputTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder() => Directory.CreateDirectory(folder = Path.Combine(Path.GetTempPath(), "contradictions-hostile-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void DeleteFolder()
    {
        // A file whose name is not UTF-8 cannot be deleted through .NET, which no longer knows its name.
        using var rm = System.Diagnostics.Process.Start("rm", ["-rf", folder])!;
        rm.WaitForExit();
    }

    private string At(string name)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    private static string Seed(string prefix) => File.ReadAllText(Repository.SeedFile(prefix));

    /// <summary>Two articles of one name in two folders, as in any crawl of <c>index.html</c> pages.</summary>
    private void TwoIndexFiles()
    {
        File.WriteAllText(At("a/index.txt"), Seed("000"));
        File.WriteAllText(At("b/index.txt"), Seed("001"));
    }

    [TestCase("text")]
    [TestCase("json")]
    [TestCase("sarif")]
    [TestCase("html")]
    [TestCase("markdown")]
    public void TwoArticlesWithOneFileNameAreBothCheckedUnderTheirPathsFromTheCommonFolder(string format)
    {
        TwoIndexFiles();
        var (exit, stdout, stderr) = Tool.RunIn(folder, "check", "a", "b", "--format", format);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1), stderr);
            Assert.That(stderr, Does.Not.Contain("unexpected error"));
            Assert.That(stdout, Does.Contain("a/index.txt").And.Contain("b/index.txt"));
        });
    }

    [Test]
    public void SourceIdsInJsonAreTheFileNameUnlessTwoFilesShareIt()
    {
        TwoIndexFiles();
        File.WriteAllText(At("b/other.txt"), Seed("002"));
        var (_, stdout, _) = Tool.RunIn(folder, "check", "a", "b", "--format", "json");
        using var json = JsonDocument.Parse(stdout);
        var ids = json.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.That(ids, Is.EqualTo(new[] { "a/index.txt", "b/index.txt", "other.txt" }));
    }

    [Test]
    public void IdenticalCopiesAndOneFileNamedTwiceDoNotCrashBaselineOrExtract()
    {
        File.WriteAllText(At("a/index.txt"), Seed("000"));
        File.WriteAllText(At("b/index.txt"), Seed("000"));
        var baseline = Tool.RunIn(folder, "baseline", "a", "b", "a/index.txt", "--output", At("baseline.json"));
        var extract = Tool.RunIn(folder, "extract", "a", "b", "--format", "jsonl");
        var ids = extract.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!["id"]!.GetValue<string>()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(baseline.Exit, Is.EqualTo(0), baseline.Stderr);
            Assert.That(baseline.Stderr, Does.Contain("a/index.txt: warning: the same file as a/index.txt; read once"));
            Assert.That(extract.Exit, Is.EqualTo(0), extract.Stderr);
            Assert.That(ids, Is.Unique);
        });
    }

    private string Lines(params string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            File.WriteAllText(At($"texts/{prefix}.txt"), Seed(prefix));
        }

        var (exit, stdout, stderr) = Tool.Run("extract", Path.Combine(folder, "texts"), "--format", "jsonl");
        Assert.That(exit, Is.EqualTo(0), stderr);
        return stdout;
    }

    [Test]
    public void APartIncludedTwiceInCheckAssertionsIsCheckedOnceWithANote()
    {
        var lines = Lines("000", "001");
        File.WriteAllText(At("all.jsonl"), lines + lines);
        File.WriteAllText(At("once.jsonl"), lines);
        var twice = Tool.Run("check", "--assertions", At("all.jsonl"), "--format", "json");
        var once = Tool.Run("check", "--assertions", At("once.jsonl"), "--format", "json");
        var count = lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.Multiple(() =>
        {
            Assert.That(twice.Exit, Is.EqualTo(once.Exit), twice.Stderr);
            Assert.That(twice.Stderr, Does.Contain($"all.jsonl: warning: {count} lines repeated an earlier line exactly (the first is line {count + 1}); each assertion was checked once"));
            Assert.That(JsonNode.Parse(twice.Stdout)!["findings"]!.ToJsonString(), Is.EqualTo(JsonNode.Parse(once.Stdout)!["findings"]!.ToJsonString()));
        });
    }

    [Test]
    public void TwoDifferentAssertionsWithOneIdAreANoteAndTheFirstIsChecked()
    {
        var first = Lines("000").Split('\n')[0];
        var other = JsonNode.Parse(first)!;
        other["quote"] = "Something else entirely.";
        File.WriteAllText(At("clash.jsonl"), first + "\n" + other.ToJsonString() + "\n");
        var (exit, stdout, stderr) = Tool.Run("check", "--assertions", At("clash.jsonl"), "--format", "json");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2), stderr);
            Assert.That(stderr, Does.Contain($"clash.jsonl:2: skipped: not checked: the assertion id '{other["id"]}' is taken by line 1, which says something else"));
            Assert.That(JsonNode.Parse(stdout)!["assertions"]!.AsArray(), Has.Count.EqualTo(1));
        });
    }

    [TestCase("subject", "\"naloxone\"", "subject 'naloxone' is not an entity of the pack 'ketamine'")]
    [TestCase("predicate", "\"half-life\"", "predicate 'half-life' is not defined in the pack 'ketamine'")]
    [TestCase("qualifiers", "{\"jurisdiction\":\"mars\"}", "'mars' is not a value of the qualifier 'jurisdiction'")]
    [TestCase("qualifiers", "{\"planet\":\"mars\"}", "qualifier 'planet' is not defined in the pack 'ketamine'")]
    [TestCase("qualifiers", "{\"jurisdiction\":5}", "qualifier 'jurisdiction' must be a string, not a number")]
    [TestCase("quote", "5", "'quote' must be a string, not a number")]
    [TestCase("quote", "\"\\ud800\"", "lone surrogate")]
    [TestCase("subjectInferred", "\"yes\"", "'subjectInferred' must be true or false, not a string")]
    [TestCase("date", "[]", "'date' must be an object, not a list")]
    [TestCase("author", "\"someone\"", "unknown field 'author' (use one of: id, source,")]
    [TestCase("line", "-5", "'line' and 'column' start at 1, not -5:")]
    [TestCase("line", "0", "'line' and 'column' start at 1, not 0:")]
    [TestCase("column", "0", "'line' and 'column' start at 1, not ")]
    public void AnAssertionLineWithAFieldThePackOrTheShapeDoesNotAllowIsANoteAndTheOthersAreChecked(string field, string json, string says)
    {
        var lines = Lines("000", "001").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var bad = JsonNode.Parse(lines[0])!;
        // The value goes into the text as given, so that a lone surrogate reaches the reader as it would from a file.
        bad[field] = "@value@";
        File.WriteAllLines(At("bad.jsonl"), [bad.ToJsonString().Replace("\"@value@\"", json, StringComparison.Ordinal), .. lines[1..]]);
        var (exit, stdout, stderr) = Tool.Run("check", "--assertions", At("bad.jsonl"), "--format", "sarif");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2), stderr);
            Assert.That(stderr, Does.Contain($"bad.jsonl:1: skipped: ").And.Contain(says));
            Assert.That(stderr, Does.Not.Contain("unexpected error"));
            Assert.That(stdout, Does.Contain("\"ruleId\""), "the other lines were checked");
            Assert.That(stdout, Does.Not.Contain("\"startLine\": -").And.Not.Contain("\"startLine\": 0"));
        });
    }

    /// <summary>Runs the command in the test folder, and fails (rather than hang the suite) when it takes over 20 s.</summary>
    private (int Exit, string Stdout, string Stderr) RunBounded(params string[] args)
    {
        using var process = Tool.StartIn(folder, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(20)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"contradictions {string.Join(' ', args)} did not finish in 20 s");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
    }

    private void TwoArticles()
    {
        File.WriteAllText(At("texts/a.txt"), Seed("000"));
        File.WriteAllText(At("texts/b.txt"), Seed("001"));
    }

    [TestCase("--baseline")]
    [TestCase("--config")]
    [TestCase("--assertions")]
    public void ADeviceGivenAsAnInputFileIsRefusedUnreadWithItsName(string option)
    {
        TwoArticles();
        var (exit, _, stderr) = RunBounded(option == "--assertions" ? ["check", option, "/dev/zero"] : ["check", "texts", option, "/dev/zero"]);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(stderr, Does.Contain("/dev/zero").And.Contain("it is a character device, not a regular file; give a file"));
        });
    }

    [Test]
    public void AFolderGivenAsTheBaselineIsNamedAsAFolder()
    {
        TwoArticles();
        var (exit, _, stderr) = RunBounded("check", "texts", "--baseline", folder);
        Assert.That((exit, stderr), Is.EqualTo((2, $"{folder}: cannot be read: it is a folder, not a regular file; give a file\n")));
    }

    [Test]
    public void AMissingBaselineNamedByTheConfigurationIsBlamedOnItsPlaceThere()
    {
        TwoArticles();
        File.WriteAllText(At("project.yaml"), "fail-on: error\nbaseline: nowhere.json\n");
        var (exit, _, stderr) = RunBounded("check", "texts", "--config", "project.yaml");
        Assert.That((exit, stderr), Is.EqualTo((2, $"project.yaml:2:11: the baseline it names: {At("nowhere.json")}: no such file; write one with 'contradictions baseline PATH...', or fix the path\n")));
    }

    [Test]
    public void AnUnknownSeverityInTheConfigurationIsReportedWhereItStands()
    {
        TwoArticles();
        File.WriteAllText(At("project.yaml"), "severity:\n  generic-approval: loud\n");
        var (exit, _, stderr) = RunBounded("check", "texts", "--config", "project.yaml");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(stderr, Does.StartWith("CTR300 project.yaml:2:21: unknown severity 'loud' (use error, warning or info)"));
        });
    }

    [Test]
    public void ABaselineListThatIsNotObjectsSaysWhichFindingAndNotANetType()
    {
        TwoArticles();
        File.WriteAllText(At("baseline.json"), "{\"findings\": [\"generic-approval-1\"]}");
        var (exit, _, stderr) = RunBounded("check", "texts", "--baseline", "baseline.json");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(stderr, Is.EqualTo("baseline.json: not a baseline: finding 1 of 'findings' is not an object with an 'id' and a 'message'; write one with 'contradictions baseline PATH...'\n"));
        });
    }

    [TestCase("device")]
    [TestCase("fifo")]
    [TestCase("large")]
    [TestCase("long title")]
    [TestCase("unknown key")]
    public void ASidecarThatCannotBeUsedSkipsItsArticleOnlyWithANoteThatSaysWhy(string kind)
    {
        TwoArticles();
        var sidecar = At("texts/a.meta.yaml");
        var says = kind switch
        {
            "device" => "it is a character device, not a regular file; give a file",
            "fifo" => "it is a named pipe (FIFO), not a regular file; give a file",
            "large" => "the file is 100,000 bytes, over the limit of 65,536 bytes (64 KiB) for a sidecar",
            "long title" => "the title is 30,000 characters long, over the limit of 1,000; shorten it",
            _ => "a.meta.yaml:2:1: unknown key 'author' (use one of: title, publisher, published (yyyy-mm-dd), url)",
        };
        switch (kind)
        {
            case "device":
                File.CreateSymbolicLink(sidecar, "/dev/zero");
                break;
            case "fifo":
                MakeFifo(sidecar);
                break;
            case "large":
                File.WriteAllText(sidecar, "title: " + new string('x', 100_000 - 8) + "\n");
                break;
            case "long title":
                File.WriteAllText(At("texts/b.meta.yaml"), "title: " + new string('x', 30_000) + "\n");
                File.WriteAllText(sidecar, "title: a\n");
                break;
            default:
                File.WriteAllText(sidecar, "title: a\nauthor: someone\n");
                break;
        }

        var (exit, stdout, stderr) = RunBounded("check", "texts", "--format", "json");
        var skipped = kind == "long title" ? "b.txt" : "a.txt";
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(stderr, Does.Contain($"texts/{skipped}: skipped: its sidecar metadata cannot be used: ").And.Contain(says));
            Assert.That(stderr, Does.Not.Contain("Contradictions.Text").And.Not.Contain("unexpected"));
            Assert.That(JsonNode.Parse(stdout)!["sources"]!.AsArray(), Has.Count.EqualTo(1), "the other article was checked");
        });
    }

    [TestCase("device")]
    [TestCase("fifo")]
    public void APackFileThatIsNotARegularFileIsRefusedWithoutHanging(string kind)
    {
        var pack = At("pack");
        Directory.CreateDirectory(pack);
        foreach (var file in Directory.GetFiles(Repository.Rules, "*.yaml"))
        {
            File.Copy(file, Path.Combine(pack, Path.GetFileName(file)));
        }

        if (kind == "device")
        {
            File.CreateSymbolicLink(Path.Combine(pack, "zero.yaml"), "/dev/zero");
        }
        else
        {
            MakeFifo(Path.Combine(pack, "zero.yaml"));
        }

        var (exit, _, stderr) = RunBounded("check-pack", "pack");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(stderr, Does.StartWith($"CTR002 pack/zero.yaml:0:0: it is {(kind == "device" ? "a character device" : "a named pipe (FIFO)")}, not a regular file; give a file"));
        });
    }

    [Test]
    public void AnArticleOneByteOverTheLimitIsRefusedWithTheLimitInBytes()
    {
        File.WriteAllBytes(At("texts/big.txt"), [.. Enumerable.Repeat((byte)'a', (int)Contradictions.Text.SourceDocument.MaxFileBytes + 1)]);
        var (exit, _, stderr) = RunBounded("check", "texts");
        Assert.That((exit, stderr), Is.EqualTo((2, "texts/big.txt: skipped: the file is 4,194,305 bytes, over the limit of 4,194,304 bytes (4 MiB) for one article; split it into smaller files\n")));
    }

    [Test]
    public void AFileWhoseNameIsNotValidUtf8IsNamedAsSuch()
    {
        // A name made by another program: bytes 0xFF 0xFE are not UTF-8, and .NET sees them as U+FFFD.
        using (var bash = System.Diagnostics.Process.Start("bash", ["-c", "printf 'Ketamine was approved by the FDA in 1970.' > \"$1\"/$'bad\\xff.txt'", "bash", At("texts/x").Replace("/x", string.Empty, StringComparison.Ordinal)])!)
        {
            bash.WaitForExit();
        }

        var (exit, _, stderr) = RunBounded("check", "texts");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(stderr, Does.Contain("skipped: cannot be read: its name is not valid UTF-8 (shown here with U+FFFD), which this tool cannot open; rename the file"));
        });
    }

    [Test]
    public void ConfigurationDiscoveryStopsAtTheRepositoryRoot()
    {
        TwoArticles();
        File.WriteAllText(At(".contradictions.yaml"), "fail-on: nonsense\n");
        Directory.CreateDirectory(At("repo/.git"));
        File.Copy(At("texts/a.txt"), At("repo/a.txt"));
        var (exit, _, stderr) = Tool.RunIn(At("repo"), "check", "a.txt");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Not.EqualTo(2), "the configuration above the repository does not apply");
            Assert.That(stderr, Is.Empty);
        });
    }

    [Test]
    public void AConfigurationThatOthersCanWriteIsIgnoredWithANote()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("file owners and modes are read on Linux only");
        }

        TwoArticles();
        var config = At("texts/.contradictions.yaml");
        File.WriteAllText(config, "fail-on: nonsense\n");
        File.SetUnixFileMode(config, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead | UnixFileMode.OtherWrite);
        var (exit, _, stderr) = Tool.RunIn(At("texts"), "check", "a.txt");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Not.EqualTo(2));
            Assert.That(stderr, Is.EqualTo($"{config}: ignored: every user can write it, so it may not be yours; make it yours and writable by you only (chmod go-w), or pass it with --config\n"));
        });
    }

    [Test]
    public void AnOutputThatIsAnInputArticleIsRefusedAndTheArticleKeptUnlessForced()
    {
        TwoArticles();
        var before = File.ReadAllText(At("texts/a.txt"));
        var refused = Tool.RunIn(folder, "check", "texts/a.txt", "texts/b.txt", "--output", "texts/a.txt");
        var kept = File.ReadAllText(At("texts/a.txt"));
        var forced = Tool.RunIn(folder, "check", "texts/a.txt", "texts/b.txt", "--output", "texts/a.txt", "--force");
        Assert.Multiple(() =>
        {
            Assert.That((refused.Exit, refused.Stderr), Is.EqualTo((2, "--output texts/a.txt is the input texts/a.txt; the report would overwrite it. Write the report elsewhere, or add --force\n")));
            Assert.That(kept, Is.EqualTo(before));
            Assert.That(forced.Exit, Is.EqualTo(1), forced.Stderr);
            Assert.That(File.ReadAllText(At("texts/a.txt")), Does.Contain(" sources, "));
        });
    }

    [Test]
    public void AnArticleFileAsOutputInsideAnInputFolderIsRefusedButAJsonReportThereIsWritten()
    {
        TwoArticles();
        var text = Tool.RunIn(folder, "check", "texts", "--output", "texts/report.txt");
        var json = Tool.RunIn(folder, "check", "texts", "--format", "json", "--output", "texts/report.json");
        Assert.Multiple(() =>
        {
            Assert.That((text.Exit, text.Stderr), Is.EqualTo((2, "--output texts/report.txt is inside the input folder texts, where the next run would read the report as an article. Write the report elsewhere, or add --force\n")));
            Assert.That(File.Exists(At("texts/report.txt")), Is.False);
            Assert.That(json.Exit, Is.EqualTo(1), json.Stderr);
        });
    }

    [TestCase("text", "report.txt")]
    [TestCase("markdown", "report.md")]
    [TestCase("html", "report.html")]
    public void TheToolsOwnReportsInAnInputFolderAreNotReadAsArticles(string format, string name)
    {
        TwoArticles();
        var alone = Tool.RunIn(folder, "check", "texts", "--format", "json");
        Tool.RunIn(folder, "check", "texts", "--format", format, "--output", $"texts/{name}", "--force");
        var again = Tool.RunIn(folder, "check", "texts", "--format", "json");
        Assert.Multiple(() =>
        {
            Assert.That(again.Exit, Is.EqualTo(alone.Exit), again.Stderr);
            Assert.That(JsonNode.Parse(again.Stdout)!["assertions"]!.AsArray().Count, Is.EqualTo(JsonNode.Parse(alone.Stdout)!["assertions"]!.AsArray().Count));
            Assert.That(again.Stderr, Does.Contain($"texts/{name}: warning: it is a {(format == "text" ? "text" : format == "html" ? "HTML" : "Markdown")} report of this tool, not an article; not read"));
        });
    }

    [Test]
    public void ALinkPlantedWhereTheTemporaryFileCouldBeIsNotFollowed()
    {
        TwoArticles();
        var victim = At("victim.txt");
        File.WriteAllText(victim, "keep me\n");
        Directory.CreateDirectory(At("out"));

        // The temporary name used to be .NAME.PID.tmp: links at every name the next few thousand processes could get.
        var pid = Environment.ProcessId;
        for (var p = pid; p < pid + 5000; p++)
        {
            File.CreateSymbolicLink(At($"out/.report.txt.{p}.tmp"), victim);
        }

        var (exit, _, stderr) = Tool.RunIn(folder, "check", "texts", "--output", "out/report.txt");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1), stderr);
            Assert.That(File.ReadAllText(victim), Is.EqualTo("keep me\n"));
            Assert.That(File.ReadAllText(At("out/report.txt")), Does.Contain(" sources, "));
        });
    }

    [Test]
    public void AReportThatCannotBeWrittenNamesTheTargetNotTheTemporaryFile()
    {
        TwoArticles();
        var (exit, _, stderr) = Tool.RunIn(folder, "check", "texts", "--output", "missing/report.txt");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(stderr, Does.StartWith($"contradictions: cannot write the report to missing/report.txt: the folder {At("missing")} does not exist; create it or write the report elsewhere"));
            Assert.That(stderr, Does.Not.Contain(".tmp"));
        });
    }

    /// <summary>A seed article with escape codes in its sentences, under a name with a newline and an ESC in it.</summary>
    private string ArticleWithEscapes()
    {
        var evil = "evil\u001b]8;;http://x.invalid\u0007\n002.txt:1:1: error forged.txt";
        var text = Seed("002")
            .Replace("In the U.S., as of early March", "In the U.S.\u001b[2J\u0007\u001b]52;c;aGk=\u0007, as of early March", StringComparison.Ordinal);
        File.WriteAllText(At("texts/" + evil), text);
        File.WriteAllText(At("texts/" + evil.Replace("forged.txt", "empty.txt", StringComparison.Ordinal)), string.Empty);
        File.WriteAllText(At("texts/b.txt"), Seed("000"));
        return evil;
    }

    private static void AssertNoRawControls(string output, string what)
    {
        var raw = output.Where(c => (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F)).Select(c => $"U+{(int)c:X4}").Distinct().ToList();
        Assert.That(raw, Is.Empty, $"raw control characters in {what}");
    }

    [TestCase("text")]
    [TestCase("markdown")]
    public void EscapeCodesFromArticlesAndFileNamesNeverReachTheTerminal(string format)
    {
        ArticleWithEscapes();
        var (_, stdout, stderr) = Tool.RunIn(folder, "check", "texts", "--format", format);
        Assert.Multiple(() =>
        {
            AssertNoRawControls(stdout, "the report");
            AssertNoRawControls(stderr, "the notes");
            Assert.That(stdout, Does.Contain("\\x1b"), "shown escaped");
            Assert.That(stderr, Does.Contain("\\n002.txt:1:1: error empty.txt: skipped: the file is empty"), "a newline in a name is shown escaped, never a line of its own");
            Assert.That(stdout.Split('\n'), Has.None.StartsWith("002.txt:1:1: error"));
        });
    }

    [Test]
    public void ExplainShowsEscapeCodesEscaped()
    {
        ArticleWithEscapes();
        var (_, report, _) = Tool.RunIn(folder, "check", "texts", "--format", "json");
        var id = JsonNode.Parse(report)!["findings"]!.AsArray()
            .First(f => f!["evidence"]!.AsArray().Any(e => e!["quote"]!.GetValue<string>().Contains('\u001b', StringComparison.Ordinal)))!["id"]!.GetValue<string>();
        var (exit, stdout, stderr) = Tool.RunIn(folder, "explain", id, "texts");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0), stderr);
            AssertNoRawControls(stdout, "explain");
            AssertNoRawControls(stderr, "the notes");
            Assert.That(stdout, Does.Contain("\\x1b[2J\\x07"));
        });
    }

    [Test]
    public void ALinkToAFolderOutsideTheInputIsNotedAndNotFollowedUnlessAsked()
    {
        TwoArticles();
        File.WriteAllText(At("elsewhere/c.txt"), Seed("002"));
        Directory.CreateSymbolicLink(At("texts/lnk"), At("elsewhere"));
        var kept = Tool.RunIn(folder, "check", "texts", "--format", "json");
        var followed = Tool.RunIn(folder, "check", "texts", "--format", "json", "--follow-links");
        Assert.Multiple(() =>
        {
            Assert.That(kept.Stderr, Is.EqualTo($"texts/lnk: warning: symbolic link to {At("elsewhere")}, a folder outside texts; not followed (add --follow-links to read it)\n"));
            Assert.That(JsonNode.Parse(kept.Stdout)!["sources"]!.AsArray(), Has.Count.EqualTo(2));
            Assert.That(followed.Stderr, Is.Empty);
            Assert.That(JsonNode.Parse(followed.Stdout)!["sources"]!.AsArray(), Has.Count.EqualTo(3));
        });
    }
}
