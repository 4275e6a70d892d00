using Contradictions.Rules;

namespace Contradictions.Tests.Rules;

public class ValidityTests
{
    private static readonly DateOnly Y2018 = new(2018, 1, 1);
    private static readonly DateOnly Y2020 = new(2020, 1, 1);
    private static readonly DateOnly Y2024 = new(2024, 1, 1);

    [Test]
    public void SpansHeldThroughoutMustHoldAtOnceWhenTheyOverlap()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new Validity(Y2018, Y2020, true).AtOnce(new Validity(Y2020, Y2024, true)), Is.True);
            Assert.That(new Validity(Y2018, Y2020.AddDays(-1), true).AtOnce(new Validity(Y2020, Y2024, true)), Is.False);
            Assert.That(Validity.Always.AtOnce(new Validity(Y2024, Y2024, true)), Is.True);
        });
    }

    [Test]
    public void AMomentMustHoldWithASpanOnlyWhenAllItMayBeLiesInsideIt()
    {
        var once = new Validity(DateOnly.MinValue, Y2018, Throughout: false);
        Assert.Multiple(() =>
        {
            Assert.That(once.AtOnce(Validity.Always), Is.True);
            Assert.That(Validity.Always.AtOnce(once), Is.True);
            Assert.That(once.AtOnce(new Validity(Y2018, DateOnly.MaxValue, true)), Is.False);
        });
    }

    [Test]
    public void TwoMomentsCanBothBeTrue() =>
        Assert.That(new Validity(Y2018, Y2018, false).AtOnce(new Validity(Y2018, Y2018, false)), Is.False);
}
