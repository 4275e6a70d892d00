using Contradictions.Claims.Normalizers;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Claims;

public class DateExpressionParserTests
{
    private static DateInterval? Parse(string text) => Repository.Checker.Pack.Dates.Parse(text);

    // Date phrases as the seed articles write them.
    [TestCase("1962", "1962")]
    [TestCase("the 1960s", "1960\u20131969")]
    [TestCase("the early 1960s", "1960\u20131963")]
    [TestCase("the end of the 1990s", "1997\u20131999")]
    [TestCase("the late 1990s", "1997\u20131999")]
    [TestCase("mid-1990s", "1994\u20131996")]
    [TestCase("early March, 2019", "2019-03-01\u20132019-03-10")]
    [TestCase("March of 2019", "2019-03")]
    [TestCase("March 2019", "2019-03")]
    [TestCase("December 2015", "2015-12")]
    [TestCase("May 27, 2016", "2016-05-27")]
    [TestCase("2019-03-05", "2019-03-05")]
    [TestCase("2020-08", "2020-08")]
    public void ReadsDatePhrasesAsIntervals(string text, string expected) =>
        Assert.That(Parse(text)?.ToString(), Is.EqualTo(expected));

    [TestCase("nearly 50 years")]
    [TestCase("3,500")]
    [TestCase("February 30, 2019")]
    [TestCase("")]
    public void TextThatIsNotADateGivesNothing(string text) =>
        Assert.That(Parse(text), Is.Null);

    [Test]
    public void EarlySixtiesAndNineteenSixtyTwoAgree() =>
        Assert.That(Parse("the early 1960s")!.Value.Overlaps(Parse("1962")!.Value), Is.True);

    [Test]
    public void EndOfTheNinetiesAndNineteenSeventyDoNotAgree() =>
        Assert.That(Parse("the end of the 1990s")!.Value.Overlaps(Parse("1970")!.Value), Is.False);

    [Test]
    public void EarlyMarchTwentyNineteenContainsTheSpravatoApprovalDay() =>
        Assert.That(Parse("early March, 2019")!.Value.Overlaps(Parse("2019-03-05")!.Value), Is.True);
}
