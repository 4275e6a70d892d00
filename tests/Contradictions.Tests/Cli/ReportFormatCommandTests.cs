using System.Diagnostics;
using System.Text.Json;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Cli;

/// <summary>The command's SARIF and HTML formats, as a user or a CI job runs them from the repository root.</summary>
public class ReportFormatCommandTests
{
    private static (int Exit, string Stdout) Run(params string[] args)
    {
        var (exit, stdout, _) = Tool.Run(args);
        return (exit, stdout);
    }

    [Test]
    public void SarifAddressesTheArticlesRelativeToTheWorkingDirectory()
    {
        var (exit, stdout) = Run("check", "seeds", "--format", "sarif");
        using var log = JsonDocument.Parse(stdout);
        var uris = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(log.RootElement.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
            Assert.That(uris, Is.All.StartsWith("seeds/"));
        });
    }

    [Test]
    public void HtmlIsOnePageWithTheConflictCount()
    {
        var (exit, stdout) = Run("check", "seeds", "--format", "html");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(stdout, Does.StartWith("<!DOCTYPE html>"));
            Assert.That(stdout, Does.Contain($"<span id=\"conflict-count\">{Repository.SeedReport.Findings.Count}</span>"));
        });
    }
}
