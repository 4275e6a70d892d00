using System.Globalization;
using NUnit.Framework;

using Contradictions.Testing;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Testing;

/// <summary>Tests of <see cref="SnapshotFile"/>, the snapshot files of Contradictions.Testing and of these tests, each in a throw-away folder.</summary>
[TestFixture]
public sealed class SnapshotFileTests
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
        var result = SnapshotFile.Compare(directory, BaseName, "hello", accept: false);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(SnapshotOutcome.Mismatch));
            Assert.That(verifiedPath, Does.Not.Exist);
            Assert.That(File.ReadAllText(receivedPath), Is.EqualTo("hello\n"));
            Assert.That(result.Message, Does.Contain("no verified snapshot yet"));
            Assert.That(result.Message, Does.Contain(verifiedPath).And.Contain(receivedPath));
            Assert.That(result.Message, Does.Contain(SnapshotFile.AcceptVariable));
        }
    }

    [Test]
    public void MatchingSnapshotPassesAndRemovesStaleReceivedFile()
    {
        File.WriteAllText(verifiedPath, "same\n");
        File.WriteAllText(receivedPath, "left over from an earlier failure\n");

        var result = SnapshotFile.Compare(directory, BaseName, "same", accept: false);

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

        var result = SnapshotFile.Compare(directory, BaseName, "first\nnew line\nlast\n", accept: false);

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

        var diff = SnapshotFile.UnifiedDiff(verified, received).Split('\n');
        var huge = SnapshotFile.UnifiedDiff(verified, everything).Split('\n');

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

        var result = SnapshotFile.Compare(directory, BaseName, "new\r\n", accept: true);

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
            Assert.That(SnapshotFile.AcceptRequested("1", ci: null), Is.True);
            Assert.That(SnapshotFile.AcceptRequested("true", ci: ""), Is.True);
            Assert.That(SnapshotFile.AcceptRequested("TRUE", ci: null), Is.True);
            Assert.That(SnapshotFile.AcceptRequested("0", ci: null), Is.False);
            Assert.That(SnapshotFile.AcceptRequested(null, ci: null), Is.False);
            Assert.That(SnapshotFile.AcceptRequested("1", ci: "true"), Is.False);
        }
    }

    [Test]
    public void LineEndingsAreNormalizedToLf()
    {
        File.WriteAllText(verifiedPath, "a\nb\n");

        var result = SnapshotFile.Compare(directory, BaseName, "a\r\nb\r\n\r\n", accept: false);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Outcome, Is.EqualTo(SnapshotOutcome.Matched));
            Assert.That(SnapshotFile.Normalize("\uFEFFx\ry"), Is.EqualTo("x\ny\n"));
            Assert.That(SnapshotFile.Normalize(string.Empty), Is.EqualTo("\n"));
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
                SnapshotFile.VerifiedFileName(SnapshotFile.BaseName("SeedTests", "ExtractsAssertions", "source=000")),
                Is.EqualTo("SeedTests.ExtractsAssertions_source=000.verified.txt"));
            Assert.That(
                SnapshotFile.ReceivedFileName(SnapshotFile.BaseName("SeedTests", "ExtractsAssertions", parameters: null)),
                Is.EqualTo("SeedTests.ExtractsAssertions.received.txt"));
            Assert.That(
                SnapshotFile.BaseName("SeedTests", "Reads", "path=a/b:c?\t"),
                Is.EqualTo("SeedTests.Reads_path=a-b-c--"));
        }
    }

    [Test]
    public void PathMappedSourceFilesAreRebasedOntoTheRepository()
    {
        var separator = Path.DirectorySeparatorChar;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(SnapshotFile.MappedRelativePath("/_/tests/Contradictions.Tests"), Is.EqualTo($"tests{separator}Contradictions.Tests"));
            Assert.That(SnapshotFile.MappedRelativePath("/_1/tests"), Is.EqualTo("tests"));
            Assert.That(SnapshotFile.MappedRelativePath("/_/"), Is.Empty);
            Assert.That(SnapshotFile.MappedRelativePath("/_build/tests"), Is.Null);
            Assert.That(SnapshotFile.MappedRelativePath(directory), Is.Null);
        }
    }
}
