using Contradictions.Rules;

namespace Contradictions.Evaluation;

/// <summary>
/// Compares a check's findings with a conflict list. A finding finds a listed conflict when its evidence has a quote
/// at a line of side a and, on another of the finding's sides, a quote at a line of side b, or a reference fact
/// when side b lists <c>reference</c> (and so the other way round). An article is known by the leading digits of its
/// file name.
/// </summary>
public static class ConflictScorer
{
    /// <summary>Scores the findings against the list.</summary>
    /// <param name="listed">The conflicts a good check should report.</param>
    /// <param name="findings">The check's findings.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static ConflictScores Score(IReadOnlyList<ListedConflict> listed, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(listed);
        ArgumentNullException.ThrowIfNull(findings);
        var found = new List<FoundConflict>();
        var missed = new List<ListedConflict>();
        var matched = new HashSet<Finding>(ReferenceEqualityComparer.Instance);
        foreach (var conflict in listed)
        {
            var finders = findings.Where(f => Finds(f, conflict)).ToList();
            matched.UnionWith(finders);
            if (finders.Count > 0)
            {
                found.Add(new FoundConflict(conflict, finders.Select(f => f.Id).ToList()));
            }
            else
            {
                missed.Add(conflict);
            }
        }

        return new ConflictScores(found, missed, findings.Where(f => !matched.Contains(f)).ToList());
    }

    /// <summary>True when <paramref name="finding"/> has one side of the conflict on one of its sides and the other on another.</summary>
    /// <param name="finding">A finding of a check.</param>
    /// <param name="conflict">A listed conflict.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static bool Finds(Finding finding, ListedConflict conflict)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(conflict);
        return finding.Evidence.Where(e => IsOn(e, conflict.A))
            .Any(a => finding.Evidence.Any(b => b.Side != a.Side && IsOn(b, conflict.B)));
    }

    private static bool IsOn(Evidence evidence, ConflictSide side) =>
        evidence.Reference
            ? side.Reference
            : evidence.File is null && ArticleLine.ArticleNumber(evidence.Source) is { } article && side.Locations.Contains(new ArticleLine(article, evidence.Line));
}
