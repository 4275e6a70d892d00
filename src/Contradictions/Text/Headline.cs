using Contradictions.Text.Formats;

namespace Contradictions.Text;

/// <summary>
/// A title read as a claim of its source, apart from the prose: a page's <c>title</c> element, or the sidecar's
/// <c>title</c>. Each of its characters knows where it stands in the file it was read from.
/// </summary>
/// <param name="Words">The title, with each character's offset in the file it stands in.</param>
/// <param name="File">That file's name when it is not the source's own text (the sidecar), else <see langword="null"/>.</param>
/// <param name="Lines">That file's lines when it is not the source's own text, else <see langword="null"/>.</param>
internal sealed record Headline(ReadableText Words, string? File, LineIndex? Lines)
{
    /// <summary>
    /// True when <paramref name="line"/> says the same headline: the same words, case and spacing aside, or the
    /// one the other followed by a separator and more ("Drug Approved | Example News").
    /// </summary>
    public static bool Same(string title, string line)
    {
        var (a, b) = (Squash(title), Squash(line));
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (!longer.StartsWith(shorter, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = longer.AsSpan(shorter.Length).TrimStart();
        return rest.IsEmpty || rest[0] is '|' or '-' or '\u2013' or '\u2014' or ':' or '\u00B7' or '\u2022' or '/';
    }

    private static string Squash(string words) =>
        string.Join(' ', words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ' ');
}
