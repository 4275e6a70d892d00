namespace Contradictions.Rules;

/// <summary>The closed list of rule kinds a pack may use, kept in one place.</summary>
internal static class RuleKinds
{
    public const string ExclusiveValues = "exclusive-values";
    public const string Polarity = "polarity";
    public const string Attribution = "attribution";
    public const string Order = "order";

    public static IReadOnlyList<string> All { get; } = [ExclusiveValues, Polarity, Attribution, Order];

    public static ConflictRule Create(RuleSettings settings) => settings.Kind switch
    {
        ExclusiveValues => new ExclusiveValuesRule(settings),
        Polarity => new PolarityRule(settings),
        Attribution => new AttributionRule(settings),
        Order => new OrderRule(settings),
        _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Kind, "Unknown rule kind."),
    };
}
