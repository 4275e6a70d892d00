using Contradictions.Claims.Normalizers;

namespace Contradictions.Tests.Claims;

public class RomanNumeralTests
{
    [TestCase("III", "III")]
    [TestCase("iii", "III")]
    [TestCase("3", "III")]
    [TestCase("CIII", "III")]
    [TestCase("C-III", "III")]
    [TestCase("II", "II")]
    [TestCase("IV", "IV")]
    [TestCase("5", "V")]
    public void SchedulesNormalizeToRomanNumerals(string text, string expected) =>
        Assert.That(RomanNumeral.Normalize(text), Is.EqualTo(expected));

    [TestCase("XI")]
    [TestCase("11")]
    [TestCase("IIII")]
    [TestCase("schedule")]
    [TestCase("")]
    public void OtherTextIsNotASchedule(string text) =>
        Assert.That(RomanNumeral.Normalize(text), Is.Null);
}
