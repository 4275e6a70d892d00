using Contradictions.Testing;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Testing;

/// <summary>The Contradictions.Testing package: snapshots of a user's articles with the project's own conventions.</summary>
public class ContradictionSnapshotTests
{
    private static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "contradictions-snapshot-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    [Test]
    public void AFirstRunWritesTheReceivedFileAndSaysHowToAcceptIt()
    {
        var folder = TempFolder();
        var message = ContradictionSnapshot.Compare(folder, "Tests.First", "{}\n", accept: false);
        Assert.Multiple(() =>
        {
            Assert.That(message, Does.Contain("no verified snapshot yet").And.Contain(ContradictionSnapshot.AcceptVariable));
            Assert.That(File.ReadAllText(Path.Combine(folder, "Tests.First.received.txt")), Is.EqualTo("{}\n"));
        });
    }

    [Test]
    public void AMismatchShowsTheChangedLinesAndAMatchRemovesTheReceivedFile()
    {
        var folder = TempFolder();
        File.WriteAllText(Path.Combine(folder, "Tests.Change.verified.txt"), "a\nb\r\nc\n");
        var mismatch = ContradictionSnapshot.Compare(folder, "Tests.Change", "a\nB\nc", accept: false);
        var match = ContradictionSnapshot.Compare(folder, "Tests.Change", "a\r\nb\nc\n\n", accept: false);
        Assert.Multiple(() =>
        {
            Assert.That(mismatch, Does.Contain("- b\n+ B"));
            Assert.That(match, Is.Null, "line endings and trailing newlines do not count");
            Assert.That(File.Exists(Path.Combine(folder, "Tests.Change.received.txt")), Is.False);
        });
    }

    [Test]
    public void AcceptingRewritesTheVerifiedFileButNeverOnCi()
    {
        var folder = TempFolder();
        Assert.Multiple(() =>
        {
            Assert.That(ContradictionSnapshot.Compare(folder, "Tests.Accept", "new", accept: true), Is.Null);
            Assert.That(File.ReadAllText(Path.Combine(folder, "Tests.Accept.verified.txt")), Is.EqualTo("new\n"));
            Assert.That(ContradictionSnapshot.Accepting("1", ci: null), Is.True);
            Assert.That(ContradictionSnapshot.Accepting("1", ci: "true"), Is.False);
        });
    }

    [Test]
    public async Task AFolderOfArticlesMatchesItsVerifiedSnapshot()
    {
        var folder = TempFolder();
        File.WriteAllText(Path.Combine(folder, "a.txt"), "Ketamine is an NMDA receptor antagonist.\nKetamine is an NMDA receptor agonist.\n");
        var report = await Repository.Checker.CheckAsync([folder]);
        File.WriteAllText(Path.Combine(folder, "ContradictionSnapshotTests.AFolderOfArticlesMatchesItsVerifiedSnapshot.verified.txt"), ContradictionSnapshot.Render(report));

        await ContradictionSnapshot.VerifyAsync(folder, Repository.Checker, sourceFile: Path.Combine(folder, "ArticleTests.cs"));

        Assert.Multiple(() =>
        {
            Assert.That(ContradictionSnapshot.Render(report), Does.Contain("\"rule\": \"nmda-action\"").And.Contain("\"findings\""));
            Assert.That(ContradictionSnapshot.Render(report), Does.Not.Contain("\"corroborations\""));
        });
    }
}
