using System.Text;
using System.Text.RegularExpressions;
using Contradictions.Entities;
using Contradictions.Packs;

namespace Contradictions.Claims;

/// <summary>
/// Words an assertion as a sentence from its predicate's template, e.g.
/// "{subject} was approved[ by {authority}][ for {indication}][ in {date}]": a bracketed part is left out when a
/// placeholder in it has no value.
/// </summary>
internal sealed partial class ClaimWording(EntityCatalog entities, IReadOnlyDictionary<string, PredicateDefinition> predicates, IReadOnlyDictionary<string, QualifierDefinition> qualifiers)
{
    public string State(Assertion assertion) => State(assertion, assertion.Date);

    public string State(Assertion assertion, Claims.Normalizers.DateInterval? date)
    {
        var predicate = predicates[assertion.Predicate];
        var template = assertion.Polarity == Polarity.Negated ? predicate.NegatedStatement : predicate.Statement;

        // A bounded claim's date ends it ("until 1990"), so the template's date, which starts it, is left out.
        var upperBound = date?.Start == DateOnly.MinValue ? date : null;
        var dateInTemplate = assertion.Bound == TimeBound.None && upperBound is null ? date : null;
        var text = Optional().Replace(template, m => Fill(m.Groups[1].Value, assertion, dateInTemplate, optional: true) ?? string.Empty);
        text = Fill(text, assertion, dateInTemplate, optional: false) ?? text;
        return assertion.Bound switch
        {
            TimeBound.Until => text + (date is { } end ? $" (until {end})" : " (until a later change)"),
            TimeBound.Past => text + " (formerly)",
            TimeBound.Later => text + " (later)",
            // "before 2000" is no date the event came in, only one it came before.
            _ when upperBound is { } before => $"{text} ({before})",
            _ => text,
        };
    }

    /// <summary>How a value reads in a report: an entity's name, a schedule, or the enum word.</summary>
    public string ValueText(Assertion assertion) =>
        assertion.Value is null ? string.Empty
        : predicates[assertion.Predicate].ValueKind == ValueKind.Entity && entities.Contains(assertion.Value.Normalized)
            ? entities[assertion.Value.Normalized].Name
            : assertion.Value.Normalized.Replace('-', ' ');

    public string QualifierText(string name, string value) =>
        qualifiers.TryGetValue(name, out var q) && q.Contains(value) ? q[value].Label : value;

    private string? Fill(string template, Assertion assertion, Claims.Normalizers.DateInterval? date, bool optional)
    {
        var missing = false;
        var filled = Placeholder().Replace(template, m =>
        {
            var value = Lookup(m.Groups[1].Value, assertion, date);
            missing |= value is null;
            return value ?? m.Value;
        });
        return optional && missing ? null : filled;
    }

    private string? Lookup(string name, Assertion assertion, Claims.Normalizers.DateInterval? date) => name switch
    {
        "subject" => entities[assertion.Subject].Name,
        "object" => assertion.ObjectEntity is null ? null : entities[assertion.ObjectEntity].Name,
        "value" => assertion.Value is null ? null : ValueText(assertion),
        "date" => date?.ToString(),
        _ => assertion.QualifierValue(name) is { } v ? QualifierText(name, v) : null,
    };

    public static string Join(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        var text = new StringBuilder();
        for (var i = 0; i < list.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : i == list.Count - 1 ? " and " : ", ").Append(list[i]);
        }

        return text.ToString();
    }

    [GeneratedRegex(@"\[([^\[\]]*)\]")]
    private static partial Regex Optional();

    [GeneratedRegex(@"\{([a-z][a-z0-9-]*)\}")]
    private static partial Regex Placeholder();
}
