namespace Contradictions.Text;

/// <summary>One sentence of a source, with where it starts; a heading or a bullet without a final period is a sentence too.</summary>
/// <param name="Index">0-based position of the sentence in its source.</param>
/// <param name="Offset">Character offset of the first character in the source text.</param>
/// <param name="Text">The sentence as written.</param>
/// <param name="Block">0-based index of the line block (paragraph, heading or bullet) it belongs to.</param>
/// <param name="IsBullet">True when the sentence is (the start of) a bulleted or numbered list item.</param>
public sealed record Sentence(int Index, int Offset, string Text, int Block, bool IsBullet);
