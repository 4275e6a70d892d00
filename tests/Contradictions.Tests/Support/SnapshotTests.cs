using System.Globalization;
using NUnit.Framework;

namespace Contradictions.Tests.Support;

/// <summary>Tests of the <see cref="Snapshot"/> helper, each in a throw-away folder.</summary>
[TestFixture]
public sealed class SnapshotTests
{
    private const string BaseName = "SampleTests.Renders";

    private string directory = null!;
    private string verifiedPath = null!;
    private string receivedPath = null!;

    [SetUp]
    public void CreateFolder()
    {
        directory = Path.Combine(Path.GetTempPath(), "snapshot-tests-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        verifiedPath = Path.Combine(directory, BaseName + ".verified.txt");
        receivedPath = Path.Combine(directory, BaseName + ".received.txt");
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(directory, recursive: true);

    [Test]
    public void MissingVerifiedFileWritesReceivedAndFails()
    {
        var result = Snapshot.Compare(directory, BaseName, "hello", accept: false);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(SnapshotOutcome.Mismatch));
            Assert.That(verifiedPath, Does.Not.Exist);
            Assert.That(File.ReadAllText(receivedPath), Is.EqualTo("hello\n"));
            Assert.That(result.Message, Does.Contain("no verified snapshot yet"));
            Assert.That(result.Message, Does.Contain(verifiedPath).And.Contain(receivedPath));
            Assert.That(result.Message, Does.Contain(Snapshot.AcceptVariable));
        }
    }

    [Test]
    public void MatchingSnapshotPassesAndRemovesStaleReceivedFile()
    {
        File.WriteAllText(verifiedPath, "same\n");
        File.WriteAllText(receivedPath, "left over from an earlier failure\n");

        var result = Snapshot.Compare(directory, BaseName, "same", accept: false);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(SnapshotOutcome.Matched));
            Assert.That(result.Message, Is.Null);
            Assert.That(receivedPath, Does.Not.Exist);
        }
    }

    [Test]
    public void MismatchShowsBothPathsAndAUnifiedDiff()
    {
        File.WriteAllText(verifiedPath, "first\nold line\nlast\n");

        var result = Snapshot.Compare(directory, BaseName, "first\nnew line\nlast\n", accept: false);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(SnapshotOutcome.Mismatch));
            Assert.That(result.Message, Does.Contain(verifiedPath).And.Contain(receivedPath));
            Assert.That(result.Message, Does.Contain("\n- old line\n").And.Contain("\n+ new line\n"));
            Assert.That(result.Message, Does.Contain("\n  first\n").And.Contain("\n  last\n"));
            Assert.That(File.ReadAllText(receivedPath), Is.EqualTo("first\nnew line\nlast\n"));
            Assert.That(File.ReadAllText(verifiedPath), Is.EqualTo("first\nold line\nlast\n"), "verified file is left alone");
        }
    }

    [Test]
    public void DiffKeepsThreeLinesOfContextAndIsCappedInLength()
    {
        var verified = string.Join('\n', Enumerable.Range(0, 500).Select(i => $"line {i}")) + "\n";
        var received = verified.Replace("line 250\n", "changed 250\n", StringComparison.Ordinal)
            .Replace("line 0\n", "changed 0\n", StringComparison.Ordinal);
        var everything = string.Join('\n', Enumerable.Range(0, 500).Select(i => $"changed {i}")) + "\n";

        var diff = Snapshot.UnifiedDiff(verified, received).Split('\n');
        var huge = Snapshot.UnifiedDiff(verified, everything).Split('\n');

        using (Assert.EnterMultipleScope())
        {
            Assert.That(diff, Does.Contain("  line 247").And.Contain("  line 253"));
            Assert.That(diff, Does.Not.Contain("  line 246").And.Not.Contain("  line 254"));
            Assert.That(diff.Count(l => l.StartsWith("@@", StringComparison.Ordinal)), Is.EqualTo(2));
            Assert.That(huge, Has.Length.EqualTo(201));
            Assert.That(huge[^1], Is.EqualTo("... (801 more lines)"));
        }
    }

    [Test]
    public void AcceptingWritesTheVerifiedFile()
    {
        File.WriteAllText(verifiedPath, "old\n");
        File.WriteAllText(receivedPath, "stale\n");

        var result = Snapshot.Compare(directory, BaseName, "new\r\n", accept: true);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(SnapshotOutcome.Written));
            Assert.That(result.Message, Is.Null);
            Assert.That(File.ReadAllBytes(verifiedPath), Is.EqualTo("new\n"u8.ToArray()), "LF, no BOM");
            Assert.That(receivedPath, Does.Not.Exist);
        }
    }

    [Test]
    public void AcceptingIsRequestedByTheVariableButNeverOnCi()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Snapshot.AcceptRequested("1", ci: null), Is.True);
            Assert.That(Snapshot.AcceptRequested("true", ci: ""), Is.True);
            Assert.That(Snapshot.AcceptRequested("TRUE", ci: null), Is.True);
            Assert.That(Snapshot.AcceptRequested("0", ci: null), Is.False);
            Assert.That(Snapshot.AcceptRequested(null, ci: null), Is.False);
            Assert.That(Snapshot.AcceptRequested("1", ci: "true"), Is.False);
        }
    }

    [Test]
    public void LineEndingsAreNormalizedToLf()
    {
        File.WriteAllText(verifiedPath, "a\nb\n");

        var result = Snapshot.Compare(directory, BaseName, "a\r\nb\r\n\r\n", accept: false);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(SnapshotOutcome.Matched));
            Assert.That(Snapshot.Normalize("\uFEFFx\ry"), Is.EqualTo("x\ny\n"));
            Assert.That(Snapshot.Normalize(string.Empty), Is.EqualTo("\n"));
        }
    }

    [Test]
    public void ScrubReplacesRepositoryRootAndTempPath()
    {
        var separator = Path.DirectorySeparatorChar;
        var temp = Path.GetTempPath().TrimEnd(separator);
        var repoRoot = Path.GetFullPath(Path.Combine("/", "work", "repo"));
        var text = $"{Path.Combine(repoRoot, "src", "A.cs")} and {Path.Combine(temp, "x.txt")}";

        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                Snapshot.Scrub(text, repoRoot + separator),
                Is.EqualTo($"{{RepoRoot}}{separator}src{separator}A.cs and {{TempPath}}{separator}x.txt"));
            Assert.That(Snapshot.Scrub(text, repoRoot: null), Does.Contain("{TempPath}").And.Not.Contain("{RepoRoot}"));
        }
    }

    [Test]
    public void ScrubPrefersARepositoryInsideTheTempFolderAndKeepsLookAlikeNames()
    {
        var temp = Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar);
        var repoRoot = Path.Combine(temp, "repo");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Snapshot.Scrub(repoRoot, repoRoot), Is.EqualTo("{RepoRoot}"));
            Assert.That(Snapshot.Scrub(temp + "files", repoRoot: null), Is.EqualTo(temp + "files"));
        }
    }

    [Test]
    public void ParametersBecomePartOfTheFileName()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                Snapshot.VerifiedFileName(Snapshot.BaseName("SeedTests", "ExtractsAssertions", "source=000")),
                Is.EqualTo("SeedTests.ExtractsAssertions_source=000.verified.txt"));
            Assert.That(
                Snapshot.ReceivedFileName(Snapshot.BaseName("SeedTests", "ExtractsAssertions", parameters: null)),
                Is.EqualTo("SeedTests.ExtractsAssertions.received.txt"));
            Assert.That(
                Snapshot.BaseName("SeedTests", "Reads", "path=a/b:c?\t"),
                Is.EqualTo("SeedTests.Reads_path=a-b-c--"));
        }
    }

    [Test]
    public void PathMappedSourceFilesAreRebasedOntoTheRepository()
    {
        var separator = Path.DirectorySeparatorChar;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Snapshot.MappedRelativePath("/_/tests/Contradictions.Tests"), Is.EqualTo($"tests{separator}Contradictions.Tests"));
            Assert.That(Snapshot.MappedRelativePath("/_1/tests"), Is.EqualTo("tests"));
            Assert.That(Snapshot.MappedRelativePath("/_/"), Is.Empty);
            Assert.That(Snapshot.MappedRelativePath("/_build/tests"), Is.Null);
            Assert.That(Snapshot.MappedRelativePath(directory), Is.Null);
        }
    }
}
