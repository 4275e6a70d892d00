using Contradictions.Evaluation;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Evaluation;

public class EvaluatorTests
{
    /// <summary>Two articles in a subfolder with their gold files, a third without one, and a conflict list.</summary>
    private static GoldFolder TwoArticlesAndAList()
    {
        var folder = new GoldFolder();
        folder.Write("articles/1-a.txt", "Ketamine is an NMDA receptor antagonist.\nKetamine does not cause respiratory depression.\n");
        folder.Write("articles/1-a.claims.yaml", "source: 1-a.txt\nclaims:\n  - {line: 1, subject: ketamine, predicate: nmda-action, value: antagonist}\n  - {line: 2, subject: ketamine, predicate: respiratory-depression, polarity: negated}\n");
        folder.Write("articles/2-b.txt", "Ketamine is an NMDA receptor agonist.\nKetamine was discovered in 1962.\n");
        folder.Write("articles/2-b.claims.yaml", "claims:\n  - {line: 1, subject: ketamine, predicate: nmda-action, value: agonist}\n");
        folder.Write("articles/3-c.txt", "Ketamine is an NMDA receptor agonist.\n");
        folder.Write("conflicts.yaml", """
            conflicts:
              - id: agonist-or-antagonist
                a: [[2, 1]]
                b: [[1, 1], reference]
              - id: discovery-date
                a: [[2, 2]]
                b: [reference]
            """);
        return folder;
    }

    [Test]
    public void ArticlesWithGoldFilesAreScoredAndTheirFindingsComparedWithTheList()
    {
        using var folder = TwoArticlesAndAList();

        var evaluation = Evaluator.Evaluate(Repository.Checker, folder.Path);

        Assert.Multiple(() =>
        {
            Assert.That(evaluation.Gold.Select(g => Path.GetFileName(g.Article)), Is.EqualTo(new[] { "1-a.txt", "2-b.txt" }));
            Assert.That(evaluation.Report.Sources.Select(s => s.Id), Is.EqualTo(new[] { "1-a.txt", "2-b.txt" }));
            Assert.That((evaluation.Claims.All.Found, evaluation.Claims.All.Wrong.Count, evaluation.Claims.All.Missed.Count), Is.EqualTo((3, 1, 0)));
            Assert.That(evaluation.Conflicts!.Found.Select(f => f.Conflict.Id), Is.EqualTo(new[] { "agonist-or-antagonist" }));
            Assert.That(evaluation.Conflicts.Missed.Select(c => c.Id), Is.EqualTo(new[] { "discovery-date" }));
            Assert.That(evaluation.Conflicts.Outside.Select(f => f.Rule), Is.EqualTo(new[] { "respiratory-depression" }));
        });
    }

    [Test]
    public void TheMarkdownHasTheTableTheClaimsAndTheConflicts()
    {
        using var folder = TwoArticlesAndAList();
        using var markdown = new StringWriter();

        EvaluationMarkdown.Write(Evaluator.Evaluate(Repository.Checker, folder.Path), markdown);

        var text = markdown.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.StartWith("2 gold files, 3 gold claims: precision 0.75, recall 1.00; 1 of 2 listed conflicts found, 1 finding outside the list.\n"));
            Assert.That(text, Does.Contain("| all | 3 | 3 | 1 | 0 | 0.75 | 1.00 |\n"));
            Assert.That(text, Does.Contain("### Wrong (1)\n\n- `2-b.txt:2`: ketamine discovery date=1962 \u2014 \u201CKetamine was discovered in 1962.\u201D\n"));
            Assert.That(text, Does.Contain("### Missed (1 of 2)\n\n- `discovery-date`: a 2:2; b reference\n"));
            Assert.That(text, Does.Match(@"### Outside the list \(1\)\n\n- `respiratory-depression` `respiratory-depression-[0-9a-f]{8}`: .*`1-a\.txt:2`"));
        });
    }

    [Test]
    public void AFolderWithoutGoldFilesGivesAnEmptyEvaluation()
    {
        using var folder = new GoldFolder();
        folder.Write("1-a.txt", "Ketamine is an NMDA receptor antagonist.\n");

        var evaluation = Evaluator.Evaluate(Repository.Checker, folder.Path);

        Assert.That((evaluation.Gold.Count, evaluation.Report.Sources.Count, evaluation.Conflicts), Is.EqualTo((0, 0, (ConflictScores?)null)));
    }

    [Test]
    public void TwoArticlesOfOneNameAreRefused()
    {
        using var folder = new GoldFolder();
        foreach (var sub in new[] { "one", "two" })
        {
            folder.Write($"{sub}/1-a.txt", "Ketamine is an NMDA receptor antagonist.\n");
            folder.Write($"{sub}/1-a.claims.yaml", "claims: []\n");
        }

        Assert.That(() => Evaluator.Evaluate(Repository.Checker, folder.Path), Throws.TypeOf<GoldFileException>().With.Message.Contains("rename one of the articles"));
    }
}
