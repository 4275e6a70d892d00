using Contradictions.Cues;
using Contradictions.Entities;
using Contradictions.Text;
using Contradictions.Text.Tokens;

namespace Contradictions.Frames;

/// <summary>A date expression in a sentence: its tokens and its words.</summary>
internal readonly record struct DateSpan(int Start, int End, string Text);

/// <summary>
/// One sentence as the frames see it: its tokens, the pack's phrases found in them, each token's clause, the cue
/// scopes, the dates, and the entity each name or anaphor stands for.
/// </summary>
internal sealed class SentenceReading
{
    public required Sentence Sentence { get; init; }

    /// <summary>The sentence's text, typographically folded; token offsets index it.</summary>
    public required string Text { get; init; }

    public required List<Token> Tokens { get; init; }

    public required List<LabelledSpan> Spans { get; init; }

    /// <summary>The clause number of each token; clause breaks and ';' or ':' start a new one. Empty for a sentence without a trigger.</summary>
    public required int[] Clauses { get; init; }

    /// <summary>How many words (not symbols) come before each token, and one more entry for the end. Empty for a sentence without a trigger.</summary>
    public required int[] WordsBefore { get; init; }

    public required CueReading Cues { get; init; }

    public required IReadOnlyList<DateSpan> Dates { get; init; }

    /// <summary>For spans that name an entity or stand for one: what they mean, by span index.</summary>
    public required Dictionary<int, EntityMention> Mentions { get; init; }

    /// <summary>Each qualifier's words in the sentence, by qualifier id; filled only for sentences with a trigger.</summary>
    public required Dictionary<string, IReadOnlyList<LabelledSpan>> QualifierSpans { get; init; }

    /// <summary>
    /// Spans that are not a claim's subject, by span index: vague ("a form of X"), with an empty range, or set aside
    /// by brackets or commas after another name, with the tokens of the aside.
    /// </summary>
    public required Dictionary<int, (int Start, int End)> NotSubjects { get; init; }

    /// <summary>The subject a list item or timeline entry without one takes from its context, or null.</summary>
    public EntityMention? ImplicitSubject { get; init; }

    /// <summary>
    /// For a sentence that names nothing: the entity its paragraph named last before it, which frames that allow it
    /// take as their subject ("Trials in humans began in 1964."); otherwise null.
    /// </summary>
    public EntityMention? ParagraphTopic { get; init; }

    /// <summary>The date a timeline entry starts with ("1970: approval ..."), or null.</summary>
    public DateSpan? LeadingDate { get; init; }

    /// <summary>The text of tokens <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public string Words(int start, int end) => Text[Tokens[start].Start..Tokens[end - 1].End];

    /// <summary>Words between two token positions (the gap from <paramref name="end"/> of one thing to <paramref name="start"/> of the next).</summary>
    public int Gap(int end, int start) => end <= start ? WordsBefore[start] - WordsBefore[end] : WordsBefore[end] - WordsBefore[start];
}
