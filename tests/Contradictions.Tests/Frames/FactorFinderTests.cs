using Contradictions.Frames;
using Contradictions.Packs;
using Contradictions.Text.Tokens;

namespace Contradictions.Tests.Frames;

/// <summary>Factors are read from a language's words alone: these are made up, so nothing comes from the default pack.</summary>
public class FactorFinderTests
{
    private static readonly FactorWords Words = new(
        ["times", "fold", "x"],
        new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase) { ["four"] = 4, ["five"] = 5 },
        new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase) { ["twice"] = 2, ["a third"] = 3 },
        ["to", "-"]);

    private static string Read(string text)
    {
        var tokens = new Tokenizer(BaseForms.None).Split(text);
        return string.Join("; ", new FactorFinder(Words).In(tokens).Select(f => $"{f.Factor} '{f.Factor.Text}'"));
    }

    [TestCase("it binds four times more tightly", "4× 'four times'")]
    [TestCase("an 8-fold rise", "8× '8-fold'")]
    [TestCase("4 to 5 times lower", "4–5× '4 to 5 times'")]
    [TestCase("a 3-4x gain", "3–4× '3-4x'")]
    [TestCase("about 2.5 times as much", "2.5× '2.5 times'")]
    [TestCase("twice as strong, a third as fast", "2× 'twice'; 3× 'a third'")]
    public void ReadsNumbersRangesAndWords(string text, string expected) => Assert.That(Read(text), Is.EqualTo(expected));

    [TestCase("in four trials over five years", "")]
    [TestCase("5 to 4 times", "4× '4 times'")]
    [TestCase("0 times", "")]
    public void NumbersWithoutAUnitOrOutOfOrderAreNoFactor(string text, string expected) => Assert.That(Read(text), Is.EqualTo(expected));
}
