using System.Text.RegularExpressions;
using Contradictions.Packs;
using Contradictions.Text;

namespace Contradictions.Claims;

/// <summary>
/// Tells which claim patterns can match a sentence without running them. Each pattern needs one of a few words (its
/// strongest requirement, such as "approved", or one of "discovered", "synthesized", ...); one scan of the whole
/// document for all those words at once finds the sentences that contain each, and a pattern runs only on those.
/// The words are matched as the patterns match them, so the filter never drops a sentence a pattern would match.
/// </summary>
internal sealed class PatternPrefilter
{
    /// <summary>Shorter words are too common to save work.</summary>
    private const int ShortestUsefulWord = 4;

    /// <summary>
    /// Screens take tens of milliseconds each to build, more than reading one article takes; they are built in the
    /// background once this much text has been read, and a pattern runs unscreened until they are ready.
    /// </summary>
    private const long ScreenAfterCharacters = 2_000_000;

    private readonly WordSearch? search;
    private readonly int[]?[] wordsOfPattern;
    private readonly IReadOnlyList<ClaimPattern> patterns;
    private Regex?[]? screens;
    private long charactersRead;
    private int screening;

    public PatternPrefilter(IReadOnlyList<ClaimPattern> patterns)
    {
        var wordIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var list = new List<string>();
        wordsOfPattern = new int[patterns.Count][];
        for (var p = 0; p < patterns.Count; p++)
        {
            var requirement = RequiredWords.Of(patterns[p].Match.ToString(), patterns[p].Match.Options)
                .Where(r => RequiredWords.Strength(r).Rarity >= ShortestUsefulWord)
                .OrderByDescending(RequiredWords.Strength)
                .FirstOrDefault();
            if (requirement is null)
            {
                continue;
            }

            wordsOfPattern[p] = requirement.Select(word =>
            {
                if (!wordIndex.TryGetValue(word, out var index))
                {
                    index = list.Count;
                    wordIndex[word] = index;
                    list.Add(word);
                }

                return index;
            }).ToArray();
        }

        Words = list;
        search = list.Count == 0 ? null : new WordSearch(list);
        this.patterns = patterns;
    }

    /// <summary>The distinct words the patterns need.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>
    /// The pattern's matches in a sentence that holds its word, as <see cref="Regex.Matches(string)"/> gives them. Once
    /// its <see cref="PatternScreen"/> is ready, the screen finds where the next match can start at the earliest,
    /// and the pattern is run from there, or not at all when the screen finds nothing: the backtracking engine then
    /// spends no time on the parts of the sentence where no match can start.
    /// </summary>
    public IEnumerable<Match> Matches(int pattern, string folded)
    {
        var regex = patterns[pattern].Match;
        if (Volatile.Read(ref screens)?[pattern] is not { } screen)
        {
            foreach (Match match in regex.Matches(folded))
            {
                yield return match;
            }

            yield break;
        }

        for (var start = 0; start <= folded.Length;)
        {
            // No match of the pattern starts before the screen's leftmost match: the screen matches all it matches.
            var earliest = screen.Match(folded, start);
            if (!earliest.Success)
            {
                yield break;
            }

            var match = regex.Match(folded, earliest.Index);
            if (!match.Success)
            {
                yield break;
            }

            yield return match;
            start = match.Index + Math.Max(match.Length, 1);
        }
    }

    /// <summary>Counts text read; past <see cref="ScreenAfterCharacters"/>, starts building the screens in the background.</summary>
    private void Read(int characters)
    {
        if (Interlocked.Add(ref charactersRead, characters) >= ScreenAfterCharacters && Interlocked.Exchange(ref screening, 1) == 0)
        {
            _ = Task.Run(ScreenNow);
        }
    }

    /// <summary>Builds the screens now, on this thread; from then on <see cref="Matches"/> uses them.</summary>
    internal void ScreenNow() => Volatile.Write(ref screens, patterns.Select(p => PatternScreen.For(p.Match)).ToArray());

    /// <summary>Finds, for every sentence, which of the words lie wholly inside it.</summary>
    /// <param name="folded">The document text folded with <see cref="MatchText.Fold"/>.</param>
    /// <param name="sentences">The document's sentences, in text order.</param>
    public Presence Scan(string folded, IReadOnlyList<Sentence> sentences)
    {
        Read(folded.Length);
        var present = new bool[sentences.Count * Words.Count];
        if (search is null)
        {
            return new Presence(this, present);
        }

        var plain = search.IsPlain(folded);
        var sentence = 0;
        for (var at = search.IndexOf(folded, 0, plain); at >= 0; at = search.IndexOf(folded, at + 1, plain))
        {
            // Every word that starts here counts, not only the one the search stopped at: words may share a start.
            while (sentence < sentences.Count && sentences[sentence].Offset + sentences[sentence].Text.Length <= at)
            {
                sentence++;
            }

            if (sentence == sentences.Count)
            {
                break;
            }

            var end = sentences[sentence].Offset + sentences[sentence].Text.Length;
            for (var word = 0; word < Words.Count; word++)
            {
                if (at >= sentences[sentence].Offset && at + Words[word].Length <= end && search.StartsAt(folded.AsSpan(at), word, plain))
                {
                    present[(sentence * Words.Count) + word] = true;
                }
            }
        }

        return new Presence(this, present);
    }

    /// <summary>Which words each sentence of one document contains.</summary>
    internal readonly struct Presence(PatternPrefilter filter, bool[] present)
    {
        /// <summary>False when <paramref name="pattern"/> cannot match sentence <paramref name="sentence"/>.</summary>
        public bool MayMatch(int sentence, int pattern)
        {
            if (filter.wordsOfPattern[pattern] is not { } words)
            {
                return true;
            }

            foreach (var word in words)
            {
                if (present[(sentence * filter.Words.Count) + word])
                {
                    return true;
                }
            }

            return false;
        }
    }
}
