using System.Text.RegularExpressions;
using Contradictions.Frames;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Frames;

/// <summary>The places where the date pattern is tried hold every place where a scan finds a date.</summary>
public class DateStartsTests
{
    [TestCase("Ketamine was approved by the FDA in 1970 and again on March 5, 2019.")]
    [TestCase("It was developed in the mid-1960s, between 1962 and 1964, and sold from early March 2019 to the end of the 1990s.")]
    [TestCase("Nearly two decades ago, and over 50 years later, it was used for decades; 27th May 2016 (2019-03-05).")]
    [TestCase("As of early March, 2019: approved. In 1970-1972 it spread; on August 12 of this year it did not.")]
    [TestCase("Words with letters outside ASCII: the \u212Aelvin sign, caf\u00e9 1962, d'March 2019, x-1962, _1962, \u00ae1970.")]
    public void EveryDateAScanFindsStartsWhereThePatternIsTried(string text)
    {
        var parser = Repository.Checker.Pack.Dates;
        var scan = new Regex($@"(?<![\w-])(?:{parser.Pattern})(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        var starts = DateStarts.For(parser.StartWords);
        Assert.That(starts, Is.Not.Null);

        var tried = new List<int>();
        for (var at = starts!.Next(text, 0); at >= 0; at = starts.Next(text, at + 1))
        {
            tried.Add(at);
        }

        var found = scan.Matches(text).Select(m => m.Index).ToList();
        Assert.That(found, Is.Not.Empty);
        Assert.That(tried, Is.SupersetOf(found));
    }

    [Test]
    public void AStartWordThatDoesNotBeginWithAnAsciiLetterLeavesThePatternToScan() =>
        Assert.That(DateStarts.For(["the", "'90s"]), Is.Null);
}
