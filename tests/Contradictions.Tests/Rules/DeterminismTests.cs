using Contradictions.Reporting;
using Contradictions.Reporting.Json;
using Contradictions.Reporting.Markdown;
using Contradictions.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Contradictions.Tests.Rules;

/// <summary>The same inputs give byte-identical reports, in any order and on any number of threads.</summary>
public class DeterminismTests
{
    private static readonly string SeedJson = Render(new JsonReportWriter(), Repository.SeedReport);
    private static readonly string SeedMarkdown = Render(new MarkdownReportWriter(), Repository.SeedReport);

    [FsCheck.NUnit.Property(MaxTest = 15)]
    public Property ShufflingSourcesNeverChangesTheReport() =>
        Prop.ForAll(Gen.Shuffle(Repository.SeedDocuments().ToArray()).ToArbitrary(), shuffled =>
        {
            var report = Repository.Checker.Check(shuffled);
            return Same(Render(new JsonReportWriter(), report), SeedJson) && Same(Render(new MarkdownReportWriter(), report), SeedMarkdown);
        });

    [Test]
    public void ChecksRunningAtTheSameTimeGiveTheSameReport()
    {
        var reports = Enumerable.Range(0, 4).AsParallel().Select(_ => Render(new JsonReportWriter(), Repository.Checker.Check(Repository.SeedDocuments()))).ToList();
        Assert.That(reports, Has.All.EqualTo(SeedJson));
    }

    /// <summary>Equality that names the first differing line, so a failure shows what changed.</summary>
    private static bool Same(string actual, string expected)
    {
        var a = actual.Split('\n');
        var e = expected.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, e.Length); i++)
        {
            if (i >= a.Length || i >= e.Length || a[i] != e[i])
            {
                TestContext.Out.WriteLine($"line {i + 1}: expected {(i < e.Length ? e[i] : "(end)")} but was {(i < a.Length ? a[i] : "(end)")}");
                return false;
            }
        }

        return true;
    }

    private static string Render(IReportWriter writer, Report report)
    {
        using var text = new StringWriter();
        writer.Write(report, text);
        return text.ToString();
    }
}
