namespace Contradictions.Frames;

/// <summary>What a phrase of the pack is, when the text says it.</summary>
internal enum LabelKind
{
    /// <summary>A name of an entity; <see cref="Label.Name"/> is the entity id.</summary>
    Entity,

    /// <summary>A word that stands for an entity named before ("it", "the drug"); the name is the phrase.</summary>
    Anaphor,

    /// <summary>Words that make the next name vague ("a form of").</summary>
    Vague,

    /// <summary>A qualifier's word; the name is the qualifier id, the value its value id.</summary>
    Qualifier,

    /// <summary>A predicate's value word; the name is the predicate id, the value the value id.</summary>
    Value,

    /// <summary>A word of a named lexicon; the name is the lexicon id.</summary>
    Lexicon,

    /// <summary>Words that stand for a lexicon's phrase said before ("these receptors"); the name is the lexicon id.</summary>
    LexiconAnaphor,

    /// <summary>Words that stand for a qualifier's value said before ("the condition"); the name is the qualifier id.</summary>
    QualifierAnaphor,

    /// <summary>A word that opens a relative clause about the name just before it ("which").</summary>
    RelativePronoun,

    /// <summary>A frame's trigger; the name is the frame's id, the index its place in the pack's frame list.</summary>
    Trigger,

    /// <summary>A clause break ("but", "however", ";").</summary>
    ClauseBreak,
}

/// <summary>
/// One meaning of a phrase: its kind, a name and, for qualifiers and values, the value id; for a trigger or a cue,
/// the index of its frame or cue in the pack's list.
/// </summary>
internal sealed record Label(LabelKind Kind, string Name, string Value = "", int Index = -1);
