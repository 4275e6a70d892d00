using Contradictions.Claims;

namespace Contradictions.Tests.Claims;

public class StringPoolTests
{
    [Test]
    public void EqualQualifierListsBecomeOneList()
    {
        var pool = new StringPool();
        var first = pool.Share(new List<Qualifier> { new("indication", "pain", "pain"), new("authority", "fda", "FDA") });
        var second = pool.Share(new List<Qualifier> { new("indication", "pain", "pain"), new("authority", "fda", "FDA") });
        Assert.That((ReferenceEquals(first, second), first.Select(q => q.Value)), Is.EqualTo((true, new[] { "pain", "fda" })));
    }

    [Test]
    public void QualifierListsInAnotherOrderStayApart()
    {
        var pool = new StringPool();
        var first = pool.Share(new List<Qualifier> { new("a", "x", "x"), new("b", "y", "y") });
        var second = pool.Share(new List<Qualifier> { new("b", "y", "y"), new("a", "x", "x") });
        Assert.That(ReferenceEquals(first, second), Is.False);
    }

    [Test]
    public void EqualValuesBecomeOneValue()
    {
        var pool = new StringPool();
        Assert.That(ReferenceEquals(pool.Share(new ClaimValue("iii", "Schedule III")), pool.Share(new ClaimValue("iii", "Schedule III"))), Is.True);
    }
}
