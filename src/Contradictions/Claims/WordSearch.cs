using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Contradictions.Packs;

namespace Contradictions.Claims;

/// <summary>
/// Finds where any of a set of words starts, ignoring case exactly as the claim patterns do (a regular expression
/// with <see cref="PatternCompiler.Options"/>), at the speed of a vectorized search. The fast search compares ASCII
/// words ignoring ASCII case; the few other characters that the regular expression engine counts as a case of an ASCII
/// letter (such as the Kelvin sign for "k") cannot be seen by it, so a text holding one is searched character by
/// character with the regular expression instead.
/// </summary>
internal sealed class WordSearch
{
    private static readonly Lazy<SearchValues<char>> OtherCases = new(FindOtherCases);

    private readonly string[] words;
    private readonly SearchValues<string>? fast;
    private readonly Regex any;
    private readonly Regex[] each;

    public WordSearch(IReadOnlyList<string> words)
    {
        ArgumentOutOfRangeException.ThrowIfZero(words.Count);
        this.words = [.. words];
        fast = words.All(w => w.Length > 0 && Ascii.IsValid(w)) ? SearchValues.Create(this.words, StringComparison.OrdinalIgnoreCase) : null;
        any = new Regex(string.Join('|', this.words.Select(Regex.Escape)), PatternCompiler.Options);
        each = this.words.Select(w => new Regex($"^{Regex.Escape(w)}$", PatternCompiler.Options)).ToArray();
    }

    /// <summary>True when the fast search sees <paramref name="text"/> as the patterns do; ask once per text and pass the answer on.</summary>
    public bool IsPlain(ReadOnlySpan<char> text) => fast is not null && !text.ContainsAny(OtherCases.Value);

    /// <summary>The first position at or after <paramref name="start"/> where one of the words starts, or -1.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where to start looking.</param>
    /// <param name="plain">What <see cref="IsPlain"/> says of the text.</param>
    public int IndexOf(ReadOnlySpan<char> text, int start, bool plain)
    {
        if (plain)
        {
            var found = text[start..].IndexOfAny(fast!);
            return found < 0 ? -1 : start + found;
        }

        // The slow way, but exact: the leftmost place where any word matches is where one of them starts.
        foreach (var match in any.EnumerateMatches(text, start))
        {
            return match.Index;
        }

        return -1;
    }

    /// <summary>True when word number <paramref name="word"/> starts at the beginning of <paramref name="text"/>.</summary>
    public bool StartsAt(ReadOnlySpan<char> text, int word, bool plain)
    {
        var candidate = words[word];
        if (text.Length < candidate.Length)
        {
            return false;
        }

        var head = text[..candidate.Length];
        return plain
            ? head.Equals(candidate, StringComparison.OrdinalIgnoreCase)
            : each[word].IsMatch(head);
    }

    /// <summary>The characters outside ASCII that the regular expression engine matches as a case of an ASCII character.</summary>
    private static SearchValues<char> FindOtherCases()
    {
        var all = new char[char.MaxValue - 127];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = (char)(128 + i);
        }

        var asciiAnyCase = new Regex("[\\x00-\\x7F]", PatternCompiler.Options);
        var found = new List<char>();
        foreach (var match in asciiAnyCase.EnumerateMatches(all))
        {
            found.Add(all[match.Index]);
        }

        return SearchValues.Create([.. found]);
    }
}
