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
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            {
                Assert.Fail(Missing);
            }

            Skip(Missing, TestContext.Progress);
        }

        return await HeadlessBrowser.LaunchAsync(chromium!);
    }

    internal const string Missing = "Chromium is not installed; .ci/run installs it (apt-get install chromium).";

    /// <summary>
    /// Skips the test, and says why in the run's output as it goes: <c>dotnet test</c> lists a skipped test without its
    /// reason.
    /// </summary>
    internal static void Skip(string reason, TextWriter progress)
    {
        progress.WriteLine($"Skipped {TestContext.CurrentContext.Test.Name}: {reason}");
        Assert.Ignore(reason);
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
        var notErrors = Repository.SeedReport.Findings.Count(f => f.Severity != Contradictions.Rules.Severity.Error);

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
            Assert.That(afterFilter, Is.EqualTo(notErrors.ToString(System.Globalization.CultureInfo.InvariantCulture)), "unticking errors leaves the warnings and notes");
            Assert.That(new FileInfo(screenshot).Length, Is.GreaterThan(10_000));
        });
    }

    [Test]
    public async Task AnEditorSeesWhoIsRightTheSupportedSideWhatEachSideClaimsAndHowFarEachSourceIsTrusted()
    {
        await using var browser = await LaunchAsync();
        await browser.OpenAsync(new Uri(WritePage("seeds.html", HtmlReportWriterTests.Render(Repository.SeedReport))).AbsoluteUri);
        async Task<string> Text(string script) => (await browser.EvaluateAsync(script))!.GetValue<string>();
        const string Card = "document.getElementById('scheduling-authority-484c285b')";
        var verdict = await Text($"{Card}.querySelector('.verdict').innerText");
        var supported = await Text($"Array.from({Card}.querySelectorAll('.side.supported h5')).map(h => h.innerText).join('|')");
        var headers = await Text($"Array.from({Card}.querySelectorAll('.side h5 .claim')).map(h => h.innerText).join('|')");
        var markShown = await Text($"String({Card}.querySelector('.supported-mark').getBoundingClientRect().width > 0)");
        var bold = await Text($"Array.from({Card}.querySelectorAll('.side:not(.supported) blockquote strong')).map(s => s.innerText).join('|')");
        var caption = await Text($"{Card}.querySelector('.side:not(.supported) figcaption').innerText");
        var reliability = await Text("Array.from(document.querySelectorAll('#reliability tbody tr')).length + ' ' + document.querySelector('#reliability h2').innerText");

        var screenshot = Path.Combine(Repository.Root, "artifacts", "screenshots", "seeds-report-verdict.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await browser.EvaluateAsync($"{Card}.scrollIntoView(); 'ok'");
        await File.WriteAllBytesAsync(screenshot, await browser.ScreenshotAsync());
        TestContext.AddTestAttachment(screenshot, "A conflict with its verdict in headless Chromium");

        Assert.Multiple(() =>
        {
            Assert.That(verdict, Does.StartWith("Verdict: ").And.Contain("placed there by the DEA").And.Contain("reference dea-schedule").And.Contain("www.govinfo.gov"));
            Assert.That(supported, Does.Contain("supported by the reference").And.Contain("the DEA"));
            Assert.That(markShown, Is.EqualTo("true"), "the mark is visible");
            Assert.That(headers, Does.Contain("placed there by the FDA").And.Contain("placed there by the DEA"));
            Assert.That(bold, Does.EndWith("by the FDA"), "the words that set the claim apart are bold");
            Assert.That(caption, Does.Contain("000_f296d20b4c3e95dc.txt").And.Contain("Medical Uses of Ketamine"));
            Assert.That(reliability, Is.EqualTo($"{Repository.SeedReport.Reliability.Count} Source reliability"));
            Assert.That(browser.Errors, Is.Empty);
        });
    }

    [Test]
    public void ASkippedBrowserTestSaysWhyInTheRunsOutput()
    {
        using var progress = new StringWriter();
        using (new NUnit.Framework.Internal.TestExecutionContext.IsolatedContext())
        {
            Assert.That(() => Skip(Missing, progress), Throws.InstanceOf<IgnoreException>());
        }

        Assert.That(progress.ToString(), Does.Contain($"Skipped {nameof(ASkippedBrowserTestSaysWhyInTheRunsOutput)}: {Missing}"));
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
