namespace Contradictions.Evaluation;

/// <summary>A conflict a good check should report, from a conflict list (<c>conflicts.yaml</c>).</summary>
/// <param name="Id">The conflict's id in the list.</param>
/// <param name="A">One side: where the claims are that say one thing.</param>
/// <param name="B">The other side.</param>
/// <param name="Note">What the conflict is, in words; null when the list gives none.</param>
public sealed record ListedConflict(string Id, ConflictSide A, ConflictSide B, string? Note);

/// <summary>The places one side of a listed conflict is said: article lines, and perhaps the pack's reference facts.</summary>
/// <param name="Locations">Article lines, each an article number and a line.</param>
/// <param name="Reference">True when a reference fact of the pack stands on this side too.</param>
public sealed record ConflictSide(IReadOnlyList<ArticleLine> Locations, bool Reference)
{
    /// <summary>The side as the list writes it: <c>301:10, 310:9, reference</c>.</summary>
    public override string ToString() =>
        string.Join(", ", Locations.Select(l => l.ToString()).Concat(Reference ? ["reference"] : []));
}

/// <summary>A line of an article, the article known by its number: the leading digits of its file name (301 for <c>301-name.txt</c>).</summary>
/// <param name="Article">The article's number.</param>
/// <param name="Line">The 1-based line.</param>
public sealed record ArticleLine(int Article, int Line)
{
    /// <summary>The number of an article file, from the leading digits of its name; null when it has none.</summary>
    /// <param name="fileName">A file name or path.</param>
    public static int? ArticleNumber(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = Path.GetFileName(fileName);
        var digits = name.Length - name.TrimStart("0123456789".ToCharArray()).Length;
        return digits is > 0 and <= 9 ? int.Parse(name.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary><c>article:line</c>, e.g. <c>301:10</c>.</summary>
    public override string ToString() => $"{Article}:{Line}";
}
