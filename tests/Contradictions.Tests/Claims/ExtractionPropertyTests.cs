using Contradictions.Reporting;
using Contradictions.Tests.Support;
using Contradictions.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheckProperty = FsCheck.NUnit.PropertyAttribute;

namespace Contradictions.Tests.Claims;

// FsCheck generates the parameters of [FsCheckProperty] methods, which the NUnit analyzer cannot see.
#pragma warning disable NUnit1027

/// <summary>Article text is data: whatever it holds, extraction gives assertions and notes, never an exception.</summary>
public class ExtractionPropertyTests
{
    /// <summary>Checks the source and that every assertion points at words inside it, on the line and column it says.</summary>
    private static void ChecksCleanly(SourceDocument source)
    {
        var report = Repository.Checker.Check(source);
        var lineStarts = new List<int> { 0 };
        lineStarts.AddRange(source.Text.Select((c, i) => (c, i)).Where(x => x.c == '\n').Select(x => x.i + 1));
        foreach (var at in report.Assertions.Select(a => a.Location))
        {
            Assert.That(at.Offset + at.Length, Is.LessThanOrEqualTo(source.Text.Length));
            Assert.That(lineStarts[at.Line - 1] + at.Column - 1, Is.EqualTo(at.Offset));
        }
    }

    [FsCheckProperty(MaxTest = 300)]
    public void ArbitraryTextNeverCrashesExtraction(string text) =>
        ChecksCleanly(SourceDocument.FromText("a.txt", text ?? string.Empty));

    [FsCheckProperty(MaxTest = 300)]
    public void ArbitraryBytesGiveTextOrAReasonNeverACrash(byte[] bytes)
    {
        SourceDocument source;
        try
        {
            source = SourceDocument.FromBytes("a.txt", bytes ?? []);
        }
        catch (SourceReadException e)
        {
            Assert.That(e.Message, Is.Not.Empty);
            return;
        }

        ChecksCleanly(source);
    }

    [FsCheckProperty(MaxTest = 100)]
    public void HostileFragmentsAmongRealSentencesNeverCrashExtraction(int seed)
    {
        var random = new Random(seed);
        var seeds = Repository.SeedDocuments();
        var text = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => random.Next(3) == 0
            ? Mutations.Hostile[random.Next(Mutations.Hostile.Length)]
            : seeds[random.Next(seeds.Count)].Text.Split('\n')[random.Next(10)] + (random.Next(2) == 0 ? "\n" : " ")));
        ChecksCleanly(SourceDocument.FromText("a.txt", text));
    }

    [Test]
    public void NotesFromExtractionAreWarningsNotSkippedInputs()
    {
        var report = Repository.Checker.Check([SourceDocument.FromBytes("a.txt", [.. "Ketamine was approved by the FDA in 1970. "u8, 0xFF])], []);
        Assert.That(report.Notes.Select(n => n.Kind), Is.EqualTo(new[] { InputNoteKind.Warning }));
    }
}
