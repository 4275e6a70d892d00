using Contradictions.Testing;
using Contradictions.Tests.Support;
using NUnit.Framework.Internal;

namespace Contradictions.Tests.Testing;

/// <summary>The Contradictions.Testing package: snapshots of a user's articles with the project's own conventions.</summary>
public class ContradictionSnapshotTests
{
    private const string Leaflet = "Ketamine is an NMDA receptor antagonist.\nKetamine is a Schedule III controlled substance in the United States.\nKetamine is an NMDA receptor agonist.\n";

    private string folder = null!;

    private string TestSource => Path.Combine(folder, "ArticleTests.cs");

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "contradictions-snapshot-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "articles"));
        File.WriteAllText(Path.Combine(folder, "articles", "a.txt"), Leaflet);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task AFolderOfArticlesMatchesItsVerifiedSnapshot()
    {
        var report = await Repository.Checker.CheckAsync([Path.Combine(folder, "articles")]);
        File.WriteAllText(Path.Combine(folder, "ContradictionSnapshotTests.AFolderOfArticlesMatchesItsVerifiedSnapshot.verified.txt"), ContradictionSnapshot.Render(report));

        await ContradictionSnapshot.VerifyAsync(Path.Combine(folder, "articles"), Repository.Checker, sourceFile: TestSource);

        Assert.Multiple(() =>
        {
            Assert.That(ContradictionSnapshot.Render(report), Does.Contain("\"rule\": \"nmda-action\"").And.Contain("\"findings\""));
            Assert.That(ContradictionSnapshot.Render(report), Does.Not.Contain("\"corroborations\""));
        });
    }

    [Test]
    public async Task ARelativePathIsReadFromTheFolderOfTheTestSourceNotTheOutputFolder()
    {
        var report = await Repository.Checker.CheckAsync([Path.Combine(folder, "articles")]);
        File.WriteAllText(Path.Combine(folder, "ContradictionSnapshotTests.ARelativePathIsReadFromTheFolderOfTheTestSourceNotTheOutputFolder.verified.txt"), ContradictionSnapshot.Render(report));

        await ContradictionSnapshot.VerifyAsync("articles", Repository.Checker, sourceFile: TestSource);

        Assert.That(Directory.GetFiles(folder, "*.received.txt"), Is.Empty);
    }

    [TestCase("no-such-folder", "no such file or folder")]
    [TestCase("empty", "folder has no")]
    [TestCase("articles/blank.txt", "the file is empty")]
    public async Task AMissingOrEmptyInputFailsAtOnceAndOffersNoSnapshot(string path, string why)
    {
        Directory.CreateDirectory(Path.Combine(folder, "empty"));
        File.WriteAllText(Path.Combine(folder, "articles", "blank.txt"), string.Empty);

        var failure = await FailureOf(() => ContradictionSnapshot.VerifyAsync(path, Repository.Checker, sourceFile: TestSource));

        Assert.Multiple(() =>
        {
            Assert.That(failure.Message, Does.Contain(why).And.Contain(Path.Combine(folder, path)).And.Contain("No snapshot was written"));
            Assert.That(Directory.GetFiles(folder, "*.txt"), Is.Empty, "neither a received nor a verified file");
        });
    }

    [Test]
    public async Task AMismatchNamesTheAssertionAndTheFindingOfEachHunkWithoutAStackTrace()
    {
        var verifiedPath = Path.Combine(folder, "ContradictionSnapshotTests.AMismatchNamesTheAssertionAndTheFindingOfEachHunkWithoutAStackTrace.verified.txt");
        var report = await Repository.Checker.CheckAsync([Path.Combine(folder, "articles")]);
        var rendered = ContradictionSnapshot.Render(report);
        File.WriteAllText(verifiedPath, rendered.Replace("\"jurisdiction\": \"us\"", "\"jurisdiction\": \"eu\"", StringComparison.Ordinal).Replace("\"severity\": \"error\"", "\"severity\": \"warning\"", StringComparison.Ordinal));

        var failure = await FailureOf(() => ContradictionSnapshot.VerifyAsync("articles", Repository.Checker, sourceFile: TestSource));

        Assert.Multiple(() =>
        {
            Assert.That(failure.Message, Does.Contain("@@ assertion a.txt#2 at a.txt:2 “Ketamine is a Schedule III controlled substance in the United States.”\n"));
            Assert.That(failure.Message, Does.Contain("@@ finding nmda-action-"));
            Assert.That(failure.Message, Does.Contain("-         \"jurisdiction\": \"eu\"\n+         \"jurisdiction\": \"us\""));
            Assert.That(failure.Message, Does.Not.Contain(" at Contradictions.").And.Not.Contain(" at NUnit."));
            Assert.That(failure.StackTrace, Is.Null, "NUnit prints no stack trace: the message says it all");
        });
    }

    [Test]
    public void TheContextOfALineOutsideAnyItemIsNone()
    {
        string[] lines = ["{", "  \"sources\": [],", "  \"notes\": []", "}"];
        Assert.That(ContradictionSnapshot.Context(lines, 1), Is.Null);
    }

    // An assertion failure recorded in a context of its own, so that the test checking it does not fail with it.
    private static async Task<AssertionException> FailureOf(Func<Task> verify)
    {
        using (new TestExecutionContext.IsolatedContext())
        {
            try
            {
                await verify();
            }
            catch (AssertionException e)
            {
                return e;
            }
        }

        throw new InvalidOperationException("the snapshot did not fail");
    }
}
