namespace Contradictions.Frames;

/// <summary>
/// The triggers of other events nearest before and after a trigger in its clause (<see cref="Before"/>,
/// <see cref="After"/>), and the token positions where they stop its arguments: the end of the one before and the
/// start of the one after, or 0 and <see cref="int.MaxValue"/> when there is none.
/// </summary>
internal readonly record struct Neighbours(int Previous, int Next, LabelledSpan? Before, LabelledSpan? After);
