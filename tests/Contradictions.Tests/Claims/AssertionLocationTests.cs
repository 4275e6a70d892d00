using Contradictions.Claims;
using Contradictions.Text;

namespace Contradictions.Tests.Claims;

public class AssertionLocationTests
{
    private static Assertion At(SourceLocation location) =>
        new("a.txt#1", "a.txt", "x", "X", false, "p", null, null, null, null, [], Polarity.Affirmed, Modality.States, location, "X is p.", "pattern");

    [Test]
    public void TheLocationReadsBackAsItWasGiven() =>
        Assert.That(At(new SourceLocation(3, 5, 40, 7)).Location, Is.EqualTo(new SourceLocation(3, 5, 40, 7)));

    [Test]
    public void AssertionsAtTheSamePlaceAreEqualAndAtAnotherAreNot()
    {
        var a = At(new SourceLocation(3, 5, 40, 7));
        Assert.That((a == At(new SourceLocation(3, 5, 40, 7)), a == (a with { Location = new SourceLocation(3, 5, 41, 7) })), Is.EqualTo((true, false)));
    }

    [Test]
    public void ANullLocationIsRefused() =>
        Assert.That(() => At(null!), Throws.ArgumentNullException);
}
