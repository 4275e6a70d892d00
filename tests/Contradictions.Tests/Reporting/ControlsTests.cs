using Contradictions.Reporting;

namespace Contradictions.Tests.Reporting;

public class ControlsTests
{
    [TestCase("\u202E", "\\u202e")]
    [TestCase("\u202A", "\\u202a")]
    [TestCase("\u2066", "\\u2066")]
    [TestCase("\u2069", "\\u2069")]
    public void BidirectionalOverridesAndIsolatesAreShownEscaped(string control, string shown)
    {
        Assert.That(Controls.Escape($"file{control}txt.exe"), Is.EqualTo($"file{shown}txt.exe"));
    }

    [Test]
    public void ARightToLeftOverrideInAMarkdownReportIsEscapedAndItsLinesStay()
    {
        Assert.That(Controls.EscapeKeepingLines("a\u202Eb\nc"), Is.EqualTo("a\\u202eb\nc"));
    }

    [Test]
    public void ALineSeparatorIsShownAsItsCodePoint()
    {
        Assert.That(Controls.Escape("a\u2028b"), Is.EqualTo("a\\u2028b"));
    }

    [Test]
    public void RightToLeftMarksAndTextStayAsTheyAre()
    {
        Assert.That(Controls.Escape("\u05E9\u05DC\u05D5\u05DD\u200F 1970"), Is.EqualTo("\u05E9\u05DC\u05D5\u05DD\u200F 1970"));
    }
}
