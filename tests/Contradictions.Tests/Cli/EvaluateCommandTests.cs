using Contradictions.Tests.Evaluation;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Cli;

/// <summary><c>contradictions evaluate</c>, run as a user runs it: its table, its targets and its exit codes.</summary>
public class EvaluateCommandTests
{
    private static GoldFolder OneArticleWithAMissedClaim()
    {
        var folder = new GoldFolder();
        folder.Write("articles/1-a.txt", "Ketamine is an NMDA receptor antagonist.\n");
        folder.Write("articles/1-a.claims.yaml", "source: 1-a.txt\nclaims:\n  - {line: 1, subject: ketamine, predicate: nmda-action, value: antagonist}\n  - {line: 1, subject: ketamine, predicate: approval}\n");
        return folder;
    }

    [Test]
    public void TheSeedsMeetEveryTargetAndTheTableHasAnAllRow()
    {
        var (exit, stdout, _) = Tool.Run("evaluate", "seeds", "--min-precision", "0.95", "--min-recall", "0.9");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0), stdout);
            Assert.That(stdout, Does.Match(@"^5 gold files, 73 gold claims: precision (0\.9[5-9]|1\.00), recall (0\.9\d|1\.00)\.\n"));
            Assert.That(stdout, Does.Contain("| predicate | gold | found | wrong | missed | precision | recall |\n"));
            Assert.That(stdout, Does.Match(@"\n\| all \| 73 \| \d+ \| \d+ \| \d+ \| [01]\.\d\d \| [01]\.\d\d \|\n"));
            Assert.That(stdout, Does.Not.Contain("## Conflicts"), "the seeds have no conflict list");
        });
    }

    [Test]
    public void BelowATargetExitsWithOneAndSaysWhich()
    {
        using var folder = OneArticleWithAMissedClaim();

        var (exit, stdout, stderr) = Tool.Run("evaluate", folder.Path, "--min-precision", "1", "--min-recall", "0.9");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(stderr, Is.EqualTo("recall 0.50 (1 of 2 gold claims read) is below the target 0.90\n"));
            Assert.That(stdout, Does.Contain("### Missed (1)\n\n- `1-a.txt:1`: ketamine approval\n"));
        });
    }

    [Test]
    public void WithoutTargetsTheFiguresDoNotFailTheRun()
    {
        using var folder = OneArticleWithAMissedClaim();
        Assert.That(Tool.Run("evaluate", folder.Path).Exit, Is.EqualTo(0));
    }

    [Test]
    public void AFolderWithoutGoldFilesIsAUsageError()
    {
        using var folder = new GoldFolder();
        folder.Write("1-a.txt", "Ketamine is an NMDA receptor antagonist.\n");

        var (exit, stdout, stderr) = Tool.Run("evaluate", folder.Path);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(stdout, Is.Empty);
            Assert.That(stderr, Does.Contain("no *.claims.yaml file in the folder or below it"));
        });
    }

    [Test]
    public void AMalformedGoldFileGivesFileLineAndColumnAndExitsWithTwo()
    {
        using var folder = OneArticleWithAMissedClaim();
        var gold = folder.Write("articles/1-a.claims.yaml", "source: 1-a.txt\nclaims:\n  - {line: 1, subjekt: ketamine, predicate: approval}\n");

        var (exit, _, stderr) = Tool.Run("evaluate", folder.Path);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(stderr, Does.StartWith($"{gold}:3:15: unknown key 'subjekt' ("));
            Assert.That(stderr, Does.Not.Contain("   at "), "no stack trace");
        });
    }

    [TestCase("--min-precision", "1.5")]
    [TestCase("--min-recall", "most")]
    public void ATargetOutsideZeroToOneIsAUsageError(string option, string value)
    {
        using var folder = OneArticleWithAMissedClaim();
        Assert.That(Tool.Run("evaluate", folder.Path, option, value).Exit, Is.EqualTo(2));
    }
}
