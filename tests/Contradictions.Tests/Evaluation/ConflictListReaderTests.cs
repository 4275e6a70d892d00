using Contradictions.Evaluation;

namespace Contradictions.Tests.Evaluation;

public class ConflictListReaderTests
{
    [Test]
    public void SidesListArticleLinesAndPerhapsTheReference()
    {
        using var folder = new GoldFolder();
        var path = folder.Write("conflicts.yaml", """
            conflicts:
              - id: agonist-or-antagonist
                a: [[2, 1]]
                b: [[1, 1], [3, 7], reference]
                note: one article calls it an agonist
            """);

        var conflict = ConflictListReader.Read(path).Single();

        Assert.Multiple(() =>
        {
            Assert.That(conflict.Id, Is.EqualTo("agonist-or-antagonist"));
            Assert.That(conflict.A.Locations, Is.EqualTo(new[] { new ArticleLine(2, 1) }));
            Assert.That(conflict.A.Reference, Is.False);
            Assert.That(conflict.B.ToString(), Is.EqualTo("1:1, 3:7, reference"));
            Assert.That(conflict.Note, Is.EqualTo("one article calls it an agonist"));
        });
    }

    [TestCase("a: [[2, 1]]\n    b: [[1, 1], referenc]", 4, 17, "'referenc': expected [article, line] or the word reference")]
    [TestCase("a: [[2, 1]]\n    b: [[1]]", 4, 9, "expected [article, line] or the word reference")]
    [TestCase("a: [[2, 1]]\n    b: [[1, 0]]", 4, 9, "expected [article, line] or the word reference, with a line of 1 or more")]
    [TestCase("a: [[2, 1]]", 2, 5, "conflict 'x' has no side 'b', or an empty item in it")]
    [TestCase("a: [[2, 1]]\n    b: [[1, 1]]\n    sides: 2", 5, 5, "unknown key 'sides'")]
    public void AMalformedConflictIsRefusedAtItsPlace(string sides, int line, int column, string problem)
    {
        using var folder = new GoldFolder();
        var path = folder.Write("conflicts.yaml", $"conflicts:\n  - id: x\n    {sides}\n");

        var error = Assert.Throws<GoldFileException>(() => ConflictListReader.Read(path))!;

        Assert.That(error.Message, Does.StartWith($"{path}:{line}:{column}: {problem} ("));
    }

    [Test]
    public void AnIdGivenTwiceIsRefused()
    {
        using var folder = new GoldFolder();
        var path = folder.Write("conflicts.yaml", "conflicts:\n  - {id: x, a: [[1, 1]], b: [reference]}\n  - {id: x, a: [[2, 1]], b: [reference]}\n");

        Assert.That(() => ConflictListReader.Read(path), Throws.TypeOf<GoldFileException>().With.Message.StartsWith($"{path}:3:5: the id 'x' is given twice"));
    }
}
