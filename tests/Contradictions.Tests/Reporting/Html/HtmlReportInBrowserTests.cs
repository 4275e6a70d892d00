using System.Text.Json;
using Contradictions.Reporting.Json;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Reporting.Html;

/// <summary>
/// The HTML report in a real browser (headless Chromium, which .ci/run installs): no console errors, the counts the
/// JSON report gives, working filters, and article markup that runs nothing. A screenshot is kept in artifacts/.
/// </summary>
[NonParallelizable]
public class HtmlReportInBrowserTests
{
    private static async Task<HeadlessBrowser> LaunchAsync()
    {
        var chromium = HeadlessBrowser.Find();
        if (chromium is null)
        {
            const string Missing = "Chromium is not installed; .ci/run installs it (apt-get install chromium).";
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            {
                Assert.Fail(Missing);
            }

            Assert.Ignore(Missing);
        }

        return await HeadlessBrowser.LaunchAsync(chromium!);
    }

    private static string WritePage(string name, string html)
    {
        var folder = Path.Combine(Path.GetTempPath(), "contradictions-html-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, html);
        return path;
    }

    [Test]
    public async Task TheSeedReportShowsTheJsonConflictCountWithoutConsoleErrors()
    {
        using var json = new StringWriter();
        new JsonReportWriter().Write(Repository.SeedReport, json);
        var expected = JsonDocument.Parse(json.ToString()).RootElement.GetProperty("findings").GetArrayLength();
        var warnings = Repository.SeedReport.Findings.Count(f => f.Severity == Contradictions.Rules.Severity.Warning);

        await using var browser = await LaunchAsync();
        await browser.OpenAsync(new Uri(WritePage("seeds.html", HtmlReportWriterTests.Render(Repository.SeedReport))).AbsoluteUri);
        var shown = (await browser.EvaluateAsync("document.getElementById('conflict-count').textContent"))!.GetValue<string>();
        var visible = (await browser.EvaluateAsync("document.querySelectorAll('article.finding:not([hidden])').length"))!.GetValue<int>();
        var afterFilter = (await browser.EvaluateAsync(
            "(function () { var box = document.querySelector('input[value=\"error\"]'); box.checked = false; box.dispatchEvent(new Event('change')); return document.getElementById('shown-count').textContent; }())"))!.GetValue<string>();

        var screenshot = Path.Combine(Repository.Root, "artifacts", "screenshots", "seeds-report.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await File.WriteAllBytesAsync(screenshot, await browser.ScreenshotAsync());
        TestContext.AddTestAttachment(screenshot, "The seed report in headless Chromium");

        Assert.Multiple(() =>
        {
            Assert.That(browser.Errors, Is.Empty);
            Assert.That(shown, Is.EqualTo(expected.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(visible, Is.EqualTo(expected));
            Assert.That(afterFilter, Is.EqualTo(warnings.ToString(System.Globalization.CultureInfo.InvariantCulture)), "unticking errors leaves the warnings");
            Assert.That(new FileInfo(screenshot).Length, Is.GreaterThan(10_000));
        });
    }

    [Test]
    public async Task AnArticleWithAScriptAndAnOnerrorAttributeRunsNothing()
    {
        await using var browser = await LaunchAsync();
        await browser.OpenAsync(new Uri(WritePage("hostile.html", HtmlReportWriterTests.Render(HtmlReportWriterTests.HostileReport()))).AbsoluteUri);
        Assert.Multiple(async () =>
        {
            Assert.That((await browser.EvaluateAsync("typeof window.pwned"))!.GetValue<string>(), Is.EqualTo("undefined"));
            Assert.That((await browser.EvaluateAsync("document.title"))!.GetValue<string>(), Does.StartWith("Contradictions report"));
            Assert.That((await browser.EvaluateAsync("document.querySelectorAll('img').length"))!.GetValue<int>(), Is.Zero);
            Assert.That(browser.Errors, Is.Empty);
        });
    }

    [Test]
    public async Task AScriptSmuggledPastTheEscapingIsStoppedByThePolicyAndReported()
    {
        // Guards the guards: markup injected as if escaping had failed must neither run nor go unnoticed.
        var html = HtmlReportWriterTests.Render(Repository.SeedReport)
            .Replace("</h1>", "</h1><script>window.pwned = 1; console.error('smuggled')</script>", StringComparison.Ordinal);
        await using var browser = await LaunchAsync();
        await browser.OpenAsync(new Uri(WritePage("smuggled.html", html)).AbsoluteUri);
        Assert.Multiple(async () =>
        {
            Assert.That((await browser.EvaluateAsync("typeof window.pwned"))!.GetValue<string>(), Is.EqualTo("undefined"));
            Assert.That(browser.Errors, Has.Some.Contains("Content Security Policy"));
        });
    }
}
