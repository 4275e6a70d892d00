namespace Contradictions.Packs.Yaml;

// Shapes of the pack's YAML files. Unknown keys are errors, so a typo never goes unnoticed.
#pragma warning disable CA2227, CA1002 // Deserialization targets need settable List<T> properties.

internal sealed class PackFileDto
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public LanguageDto? Language { get; set; }
    public List<RelationDto>? Relations { get; set; }
    public List<EntityDto>? Entities { get; set; }
    public List<QualifierDto>? Qualifiers { get; set; }
    public List<PredicateDto>? Predicates { get; set; }
    public List<FactDto>? Facts { get; set; }
    public string? Predicate { get; set; }
    public List<PatternDto>? Patterns { get; set; }
    public Dictionary<string, List<string>>? Lexicons { get; set; }
    public Dictionary<string, List<string>>? LexiconAnaphors { get; set; }
    public List<FrameDto>? Frames { get; set; }
}

internal sealed class FrameDto
{
    public string? Id { get; set; }
    public string? Predicate { get; set; }
    public List<string>? Trigger { get; set; }
    public PlaceDto? Subject { get; set; }
    public PlaceDto? Object { get; set; }
    public PlaceDto? Value { get; set; }
    public Dictionary<string, PlaceDto>? Requires { get; set; }
    public Dictionary<string, PlaceDto>? Unless { get; set; }
    public PlaceDto? Date { get; set; }
    public PlaceDto? Factor { get; set; }
    public Dictionary<string, PlaceDto>? Qualifiers { get; set; }
    public string? Polarity { get; set; }
    public string? Modality { get; set; }
    public List<string>? IgnoreCues { get; set; }
}

internal sealed class PlaceDto
{
    public int? Before { get; set; }
    public int? After { get; set; }
    public string? Prefer { get; set; }
    public string? Lexicon { get; set; }
    public string? Is { get; set; }
    public bool SameEntity { get; set; }
    public bool Required { get; set; }
    public List<string>? Kinds { get; set; }
    public bool ParagraphTopic { get; set; }
    public bool Any { get; set; }
}

internal sealed class CuesDto
{
    public int? Reach { get; set; }
    public CueWordsDto? Negation { get; set; }
    public List<string>? PseudoNegation { get; set; }
    public CueWordsDto? Hedge { get; set; }
    public CueWordsDto? Capability { get; set; }
    public CueWordsDto? Hypothetical { get; set; }
    public CueWordsDto? Until { get; set; }
    public CueWordsDto? Past { get; set; }
    public CueWordsDto? Later { get; set; }
    public CueWordsDto? Recommendation { get; set; }
    public CueWordsDto? RecommendationAgainst { get; set; }
    public List<string>? Terminators { get; set; }
}

internal sealed class CueWordsDto
{
    public int? Reach { get; set; }
    public List<string>? Forward { get; set; }
    public List<string>? Backward { get; set; }
    public List<string>? Both { get; set; }
}

internal sealed class BaseFormsDto
{
    public List<string>? Suffixes { get; set; }
    public Dictionary<string, string>? Exceptions { get; set; }
    public List<string>? KeepEndings { get; set; }
}

internal sealed class LanguageDto
{
    public List<string>? Abbreviations { get; set; }
    public List<string>? LabelWords { get; set; }
    public List<string>? Negation { get; set; }
    public List<string>? NotNegation { get; set; }
    public ModalityDto? Modality { get; set; }
    public List<string>? Anaphors { get; set; }
    public List<string>? ClauseBreaks { get; set; }
    public List<string>? Months { get; set; }
    public Dictionary<string, string>? DateParts { get; set; }
    public List<string>? MonthYearJoiners { get; set; }
    public List<string>? DateArticles { get; set; }
    public List<string>? VagueMentions { get; set; }
    public List<string>? PassiveAuxiliaries { get; set; }
    public List<string>? ListJoiners { get; set; }
    public List<string>? RelativePronouns { get; set; }
    public List<string>? CataphoraOpeners { get; set; }
    public RelativeDatesDto? RelativeDates { get; set; }
    public FactorsDto? Factors { get; set; }
    public List<string>? DateRangeOpeners { get; set; }
    public List<string>? DateRangeJoiners { get; set; }
    public Dictionary<string, string>? NamedPeriods { get; set; }
    public Dictionary<string, List<string>>? AnaphorKinds { get; set; }
    public Dictionary<string, List<string>>? QualifierAnaphors { get; set; }
    public CuesDto? Cues { get; set; }
    public BaseFormsDto? BaseForms { get; set; }
}

internal sealed class FactorsDto
{
    public List<string>? Units { get; set; }
    public Dictionary<string, double>? Numbers { get; set; }
    public Dictionary<string, double>? Words { get; set; }
    public List<string>? RangeJoiners { get; set; }
    public List<string>? UpTo { get; set; }
}

internal sealed class RelativeDatesDto
{
    public Dictionary<string, int>? Units { get; set; }
    public Dictionary<string, int>? Numbers { get; set; }
    public List<string>? Fewer { get; set; }
    public List<string>? More { get; set; }
    public List<string>? About { get; set; }
    public List<string>? Ago { get; set; }
    public List<string>? Alone { get; set; }
    public List<string>? ThisYear { get; set; }
}

internal sealed class ModalityDto
{
    public List<string>? May { get; set; }
    public List<string>? Can { get; set; }
}

internal sealed class RelationDto
{
    public string? Id { get; set; }
    public string? Wording { get; set; }
    public bool SameAttribution { get; set; }
}

internal sealed class EntityDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public List<string>? Aliases { get; set; }
    public List<string>? Brands { get; set; }
    public List<Dictionary<string, string>>? Relations { get; set; }
}

internal sealed class QualifierDto
{
    public string? Id { get; set; }
    public string? Scope { get; set; }
    public List<QualifierValueDto>? Values { get; set; }
}

internal sealed class QualifierValueDto
{
    public string? Id { get; set; }
    public string? Label { get; set; }
    public string? Parent { get; set; }
    public List<string>? Words { get; set; }
}

internal sealed class PredicateDto
{
    public string? Id { get; set; }
    public string? Topic { get; set; }
    public string? Value { get; set; }
    public Dictionary<string, List<string>>? Values { get; set; }
    public List<string>? Qualifiers { get; set; }
    public bool Object { get; set; }
    public bool Symmetric { get; set; }
    public bool ChangesOverTime { get; set; }
    public Dictionary<string, string>? Inverse { get; set; }
    public string? Statement { get; set; }
    public string? NegatedStatement { get; set; }
}

internal sealed class PatternDto
{
    public string? Id { get; set; }
    public string? Predicate { get; set; }
    public string? Match { get; set; }
    public string? ListHeader { get; set; }
    public string? Item { get; set; }
    public string? Polarity { get; set; }
    public string? Modality { get; set; }
    public string? Value { get; set; }
    public Dictionary<string, string>? Qualifiers { get; set; }
}

internal sealed class FactDto
{
    public string? Id { get; set; }
    public string? Statement { get; set; }
    public string? Source { get; set; }
    public List<string>? Also { get; set; }
    public string? Kind { get; set; }
    public List<FactClaimDto>? Claims { get; set; }
}

internal sealed class FactClaimDto
{
    public string? Subject { get; set; }
    public string? Predicate { get; set; }
    public string? Value { get; set; }
    public string? Object { get; set; }
    public string? Date { get; set; }
    public string? AsOf { get; set; }
    public string? Polarity { get; set; }
    public string? Modality { get; set; }
    public Dictionary<string, string>? Qualifiers { get; set; }
}

internal sealed class RuleDto
{
    public string? Kind { get; set; }
    public string? Predicate { get; set; }
    public string? Description { get; set; }
    public string? Severity { get; set; }
    public string? Message { get; set; }
    public string? Compare { get; set; }
    public List<string>? MatchQualifiers { get; set; }
    public List<string>? SameQualifiers { get; set; }
    public List<string>? ScopeQualifiers { get; set; }
    public string? Precedes { get; set; }
    public int? ToleranceYears { get; set; }
    public List<string>? IdentifyBy { get; set; }
}
