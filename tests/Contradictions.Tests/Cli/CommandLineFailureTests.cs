using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text.Json;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Cli;

/// <summary>The command when things go wrong: bad inputs, a bad pack, an unwritable report, Ctrl-C.</summary>
[UnsupportedOSPlatform("windows")]
[Platform(Exclude = "Win", Reason = "POSIX signals")]
public class CommandLineFailureTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder() => Directory.CreateDirectory(folder = Path.Combine(Path.GetTempPath(), "contradictions-cli-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    private string At(string name) => Path.Combine(folder, name);

    [Test]
    public void BadInputsExitWithTwoAfterEveryReadableArticleIsCheckedAndTheReportListsThem()
    {
        File.Copy(Repository.SeedFile("002"), At("002.txt"));
        File.WriteAllText(At("empty.txt"), string.Empty);
        File.WriteAllBytes(At("photo.txt"), [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]);
        var (exit, stdout, stderr) = Tool.Run("check", folder, At("missing.md"), "--format", "json");
        using var json = JsonDocument.Parse(stdout);
        var notes = json.RootElement.GetProperty("notes").EnumerateArray().Select(n => (n.GetProperty("input").GetString(), n.GetProperty("kind").GetString())).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(json.RootElement.GetProperty("findings").GetArrayLength(), Is.GreaterThan(0), "the good article was still checked");
            Assert.That(notes, Is.EqualTo(new[] { (At("empty.txt"), "skipped"), (At("missing.md"), "skipped"), (At("photo.txt"), "skipped") }));
            Assert.That(stderr, Does.Contain($"{At("photo.txt")}: skipped: it looks like a JPEG image, not text"));
        });
    }

    [Test]
    public void AWarningAloneDoesNotMakeTheRunFail()
    {
        File.WriteAllBytes(At("a.txt"), [.. "Ketamine was approved by the FDA in 1970. "u8, 0xFF]);
        var (exit, stdout, stderr) = Tool.Run("check", folder);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0));
            Assert.That(stderr, Does.Contain($"{At("a.txt")}: warning: not valid UTF-8 from byte offset 42"));
            Assert.That(stdout, Does.Contain($"{At("a.txt")}: warning: not valid UTF-8"));
        });
    }

    [Test]
    public void AnUnexpectedErrorIsOneSentenceWithoutVerboseAndAStackTraceWithIt()
    {
        var unwritable = Path.Combine(At("no-such-folder"), "report.md");
        var quiet = Tool.Run("check", "seeds/001_fefda87a930da40c.txt", "--output", unwritable);
        var verbose = Tool.Run("check", "seeds/001_fefda87a930da40c.txt", "--output", unwritable, "--verbose");
        Assert.Multiple(() =>
        {
            Assert.That(quiet.Exit, Is.EqualTo(2));
            Assert.That(quiet.Stderr, Does.StartWith($"contradictions: cannot write the report to {unwritable}: the folder {At("no-such-folder")} does not exist").And.Contain("Run again with --verbose"));
            Assert.That(quiet.Stderr, Does.Not.Contain("   at "));
            Assert.That(verbose.Stderr, Does.Contain("reading seeds/001_fefda87a930da40c.txt").And.Contain("   at "));
        });
    }

    [Test]
    public void AFailingRunLeavesAnExistingReportAsItWas()
    {
        var report = At("report.md");
        File.WriteAllText(report, "the previous report\n");
        using var pack = new PackCopy().With("conflicts/bad.yaml", "kind: exclusive-values\npredicate: nowhere\n");
        var (exit, _, _) = Tool.Run("check", "seeds", "--pack", pack.Directory, "--output", report);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(File.ReadAllText(report), Is.EqualTo("the previous report\n"));
            Assert.That(Directory.GetFiles(folder), Is.EqualTo(new[] { report }));
        });
    }

    [TestCase(false, 2)]
    [TestCase(true, 2)]
    [TestCase(true, 15)]
    public void CtrlCStopsWithinASecondWithAMessageAndNoPartialOutput(bool toFile, int signal)
    {
        // A large article keeps the checker busy for far longer than the test waits.
        var seeds = string.Concat(Directory.GetFiles(Repository.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        File.WriteAllText(At("large.txt"), string.Concat(Enumerable.Repeat(seeds, (int)(3_500_000 / seeds.Length))));
        var report = At("report.txt");
        File.WriteAllText(report, "the previous report\n");
        using var process = Tool.Start(toFile ? ["check", At("large.txt"), "--verbose", "--output", report] : ["check", At("large.txt"), "--verbose"]);
        var stdout = process.StandardOutput.ReadToEndAsync();
        Assert.That(process.StandardError.ReadLine(), Does.StartWith("reading "));
        Thread.Sleep(500);
        var clock = Stopwatch.StartNew();
        Tool.Signal(process, signal);
        var stopped = process.WaitForExit(TimeSpan.FromSeconds(10));
        var elapsed = clock.Elapsed;
        TestContext.Out.WriteLine($"stopped {elapsed.TotalMilliseconds:F0} ms after signal {signal}");
        Assert.Multiple(() =>
        {
            Assert.That(stopped, Is.True);
            Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(1)));
            Assert.That(process.ExitCode, Is.EqualTo(128 + signal));
            Assert.That(process.StandardError.ReadToEnd(), Is.EqualTo("contradictions: interrupted; no report was written.\n"));
            Assert.That(stdout.Result, Is.Empty);
            Assert.That(File.ReadAllText(report), Is.EqualTo("the previous report\n"));
            Assert.That(Directory.GetFiles(folder).Order(StringComparer.Ordinal), Is.EqualTo(new[] { At("large.txt"), report }));
        });
    }

    [Test]
    public void CheckPackSaysAValidPackIsValid()
    {
        var (exit, stdout, _) = Tool.Run("check-pack", "rules");
        var pack = Contradictions.Packs.RulePackLoader.LoadDefault();
        Assert.That((exit, stdout), Is.EqualTo((0, $"rules: pack 'ketamine' is valid: {pack.RuleIds.Count} rules, {pack.Facts.Count} reference facts\n")));
    }

    [Test]
    public void CheckPackListsEveryProblemWithoutReadingArticles()
    {
        using var pack = new PackCopy()
            .With("conflicts/bad.yaml", "kind: exclusive-values\npredicate: nowhere\n")
            .With("claims/broken.yaml", "predicate: approval\npatterns:\n  - id: x\n    match: \"{subject} (approved\"\n");
        var (exit, stdout, stderr) = Tool.Run("check-pack", pack.Directory);
        Assert.Multiple(() =>
        {
            Assert.That((exit, stdout), Is.EqualTo((2, string.Empty)));
            Assert.That(stderr, Does.Contain("CTR205 ").And.Contain("claims/broken.yaml:3:5:"));
            Assert.That(stderr, Does.Contain("CTR202 ").And.Contain("conflicts/bad.yaml:1:1:"));
            Assert.That(stderr, Does.EndWith("The rule pack or configuration did not load: 2 problems.\n"));
        });
    }
}
