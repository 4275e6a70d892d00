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

    // One day, one month and one year written each way an article may write them.
    [TestCase("2018-06-25", "2018-06-25")]
    [TestCase("25 June 2018", "2018-06-25")]
    [TestCase("25th June 2018", "2018-06-25")]
    [TestCase("25 June, 2018", "2018-06-25")]
    [TestCase("June 25, 2018", "2018-06-25")]
    [TestCase("June 25 2018", "2018-06-25")]
    [TestCase("June 2018", "2018-06")]
    [TestCase("2018-06", "2018-06")]
    [TestCase("2018", "2018")]
    public void ADayAMonthAndAYearReadTheSameWhicheverWayTheyAreWritten(string text, string expected) =>
        Assert.That(Parse(text)?.ToString(), Is.EqualTo(expected));

    /// <summary>The <c>{date}</c> slot after a preposition, as a claim pattern such as "in {date}" or "on {date}" uses it.</summary>
    [TestCase("It was approved in 2018-06-25 by the agency.", "in", "2018-06-25")]
    [TestCase("It was approved on 2018-06-25 by the agency.", "on", "2018-06-25")]
    [TestCase("It was approved on 25 June 2018 by the agency.", "on", "2018-06-25")]
    [TestCase("It was approved on June 25, 2018 by the agency.", "on", "2018-06-25")]
    [TestCase("It was approved in June 2018 by the agency.", "in", "2018-06")]
    [TestCase("It was approved in 2018 by the agency.", "in", "2018")]
    public void TheDateSlotTakesTheWholeDate(string sentence, string preposition, string expected)
    {
        var slot = new System.Text.RegularExpressions.Regex($@"\b{preposition} (?<date>{Repository.Checker.Pack.Dates.Pattern})", Contradictions.Packs.PatternCompiler.Options);
        var date = slot.Match(sentence).Groups["date"].Value;
        Assert.That(Parse(date)?.ToString(), Is.EqualTo(expected), date);
    }

    /// <summary>The sentence reader skips the date pattern where <c>MayHoldDate</c> says no: it must say yes wherever a date can be read.</summary>
    [TestCase("Approved in 1962.")]
    [TestCase("By the early 1960s it was used.")]
    [TestCase("On 2019-03-05 the agency said so.")]
    [TestCase("For nearly five decades it has been sold.")]
    [TestCase("In use for DECADES.")]
    [TestCase("Since 20\u0661\u0662 it is sold.")]
    [TestCase("Sold for many ye\u0430rs.")]
    [TestCase("Given in the field during the Vietnam War.")]
    public void EveryTextThatHoldsADateMayHoldOne(string sentence) =>
        Assert.That(Repository.Checker.Pack.Dates.MayHoldDate(sentence), Is.True);

    [TestCase("It is sold in 12 countries, 1 in 10 people use it [2].")]
    [TestCase("It was approved by the agency.")]
    [TestCase("")]
    public void TextWithNoYearAndNoUnitHoldsNoDate(string sentence)
    {
        Assert.That(Repository.Checker.Pack.Dates.MayHoldDate(sentence), Is.False);
        Assert.That(new System.Text.RegularExpressions.Regex(Repository.Checker.Pack.Dates.Pattern, Contradictions.Packs.PatternCompiler.Options).IsMatch(sentence), Is.False);
    }

    // Named periods from the English layer: the years they span, with or without an article, in any case.
    [TestCase("the Vietnam War", "1955\u20131975")]
    [TestCase("Vietnam war", "1955\u20131975")]
    [TestCase("World War I", "1914\u20131918")]
    [TestCase("World War II", "1939\u20131945")]
    [TestCase("the Second World War", "1939\u20131945")]
    [TestCase("the Prohibition era", "1920\u20131933")]
    [TestCase("between World War II and the Korean War", "1939\u20131953")]
    public void ANamedPeriodIsTheYearsItSpans(string text, string expected) =>
        Assert.That(Parse(text)?.ToString(), Is.EqualTo(expected));

    [TestCase("During the Vietnam War it was given in the field.", "the Vietnam War")]
    [TestCase("It was first made in 1962, well after World War II.", "1962|World War II")]
    [TestCase("It was used in the world war era.", "")]
    [TestCase("A cold war between clinics.", "")]
    public void ASentenceGivesUpItsNamedPeriodsAsDates(string sentence, string expected)
    {
        var found = new System.Text.RegularExpressions.Regex($@"(?<![\w-])(?:{Repository.Checker.Pack.Dates.Pattern})(?![\w])", Contradictions.Packs.PatternCompiler.Options)
            .Matches(sentence).Select(m => m.Value);
        Assert.That(string.Join('|', found), Is.EqualTo(expected));
    }

    [TestCase("125 June 2018")]
    [TestCase("32 June 2018")]
    [TestCase("31 June 2018")]
    public void ADayThatIsNotInTheMonthGivesNothing(string text) =>
        Assert.That(Parse(text), Is.Null);

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
