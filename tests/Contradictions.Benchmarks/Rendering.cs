using BenchmarkDotNet.Attributes;
using Contradictions.Reporting;
using Contradictions.Reporting.Json;
using Contradictions.Reporting.Markdown;
using Contradictions.Reporting.Text;
using Contradictions.Text;

namespace Contradictions.Benchmarks;

/// <summary>Rendering the seed report in each format.</summary>
[MemoryDiagnoser]
public class Rendering
{
    private Report report = null!;

    /// <summary>Checks the seeds once.</summary>
    [GlobalSetup]
    public void CheckSeeds()
    {
        var checker = new ContradictionCheckerBuilder().UseDefaultPack().Build();
        report = checker.Check(Directory.GetFiles(Repository.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(SourceDocument.FromFile).ToList());
    }

    /// <summary>The console report.</summary>
    [Benchmark(Baseline = true)]
    public void Text() => new TextReportWriter().Write(report, TextWriter.Null);

    /// <summary>The Markdown report.</summary>
    [Benchmark]
    public void Markdown() => new MarkdownReportWriter().Write(report, TextWriter.Null);

    /// <summary>The JSON report.</summary>
    [Benchmark]
    public void Json() => new JsonReportWriter().Write(report, TextWriter.Null);
}
