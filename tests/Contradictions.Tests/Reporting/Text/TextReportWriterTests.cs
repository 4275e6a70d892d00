using Contradictions.Reporting.Text;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Reporting.Text;

/// <summary>The console report: plain unless asked for color, and then colored by severity.</summary>
public class TextReportWriterTests
{
    // ANSI color codes; matched as a pattern because culture-aware Contain ignores control characters.
    private const string ColorCode = "\u001b\\[[0-9;]*m";

    private static string Render(bool color)
    {
        using var writer = new StringWriter();
        new TextReportWriter { Color = color }.Write(Repository.SeedReport, writer);
        return writer.ToString();
    }

    [Test]
    public void WithoutColorThereAreNoEscapeSequences()
    {
        Assert.That(Render(color: false), Does.Not.Match(ColorCode));
    }

    [Test]
    public void WithColorErrorsAreRedAndWarningsYellowAndTheTextIsOtherwiseTheSame()
    {
        var colored = Render(color: true);
        Assert.Multiple(() =>
        {
            Assert.That(colored, Does.Match(System.Text.RegularExpressions.Regex.Escape(": \u001b[1;31merror\u001b[0m approval-attribution [")));
            Assert.That(colored, Does.Match(System.Text.RegularExpressions.Regex.Escape(": \u001b[33mwarning\u001b[0m scheduling-authority [")));
            Assert.That(System.Text.RegularExpressions.Regex.Replace(colored, "\u001b\\[[0-9;]*m", string.Empty), Is.EqualTo(Render(color: false)));
        });
    }
}
