using Contradictions.Claims;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Claims;

public class StanceReaderTests
{
    private static Stance Read(string text) => new StanceReader(Repository.Checker.Pack.Language).Read(text);

    // Claims as the seed articles word them (003 line 3 and 19, 004 line 16, 002 line 28, 000 line 58).
    [TestCase("ketamine does not cause respiratory depression", Polarity.Negated, Modality.States)]
    [TestCase("It can also cause respiratory depression", Polarity.Affirmed, Modality.Can)]
    [TestCase("ketamine produces it's antidepressant effects are hypothesized to include the blocking of the NMDA Receptor", Polarity.Affirmed, Modality.May)]
    [TestCase("Not only is ketamine used legally as an anesthetic", Polarity.Affirmed, Modality.States)]
    [TestCase("ketamine may potentially aid in reducing chronic pain", Polarity.Affirmed, Modality.May)]
    [TestCase("ketamine may not cause respiratory depression", Polarity.Negated, Modality.May)]
    [TestCase("ketamine cannot cause respiratory depression", Polarity.Negated, Modality.States)]
    [TestCase("ketamine doesn't cause respiratory depression", Polarity.Negated, Modality.States)]
    [TestCase("the FDA has not yet approved ketamine for chronic pain", Polarity.Negated, Modality.States)]
    [TestCase("The FDA first approved ketamine for use as an anesthetic in 1970", Polarity.Affirmed, Modality.States)]
    public void ReadsPolarityAndModality(string text, Polarity polarity, Modality modality)
    {
        var stance = Read(text);
        Assert.That((stance.Polarity, stance.Modality), Is.EqualTo((polarity, modality)));
    }

    [Test]
    public void NamesTheWordsThatDecided() =>
        Assert.That(Read("It may not cause it").Cues, Is.EqualTo(new[] { "not", "may" }));
}
