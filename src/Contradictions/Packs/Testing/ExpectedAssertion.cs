using Contradictions.Claims;

namespace Contradictions.Packs.Testing;

/// <summary>
/// An assertion a case says must be read (or must not): it matches a read assertion that has every key it gives.
/// Qualifiers it lists must be present; others are allowed.
/// </summary>
internal sealed class ExpectedAssertion
{
    public static readonly IReadOnlyList<string> Polarities = ["affirmed", "negated"];

    public static readonly IReadOnlyList<string> Modalities = ["states", "can", "may"];

    public string? Predicate { get; set; }

    public string? Subject { get; set; }

    public bool? Inferred { get; set; }

    public string? Value { get; set; }

    public string? Object { get; set; }

    public string? Date { get; set; }

    /// <summary>The factor as <see cref="Claims.Normalizers.Factor.ToString"/> writes it: <c>"4×"</c>, <c>"4–5×"</c>.</summary>
    public string? Factor { get; set; }

    public string? Polarity { get; set; }

    public string? Modality { get; set; }

#pragma warning disable CA2227 // A deserialization target needs a settable dictionary.
    public Dictionary<string, string>? Qualifiers { get; set; }
#pragma warning restore CA2227

    /// <summary>A read assertion in the terms a case uses: <c>predicate(subject, value, object, date, polarity, modality, {qualifiers})</c>, "-" for none.</summary>
    public static string Describe(Assertion a) => Format(
        a.Predicate,
        a.Subject + (a.SubjectInferred ? " (inferred)" : string.Empty),
        (a.Value?.Normalized ?? "-") + (a.Factor is { } factor ? $" by {factor}" : string.Empty),
        a.ObjectEntity ?? "-",
        a.Date?.ToString() ?? "-",
        Word(a.Polarity),
        Word(a.Modality),
        "{" + string.Join(", ", a.Qualifiers.Select(q => $"{q.Name}: {q.Value}")) + "}");

    public bool Matches(Assertion a) =>
        a.Predicate == Predicate
        && (Subject is null || a.Subject == Subject)
        && (Inferred is null || a.SubjectInferred == Inferred)
        && (Value is null || a.Value?.Normalized == Value)
        && (Object is null || a.ObjectEntity == Object)
        && (Date is null || a.Date?.ToString() == Date)
        && (Factor is null || a.Factor?.ToString() == Factor)
        && (Polarity is null || Word(a.Polarity) == Polarity)
        && (Modality is null || Word(a.Modality) == Modality)
        && (Qualifiers ?? []).All(q => a.Qualifiers.Any(x => x.Name == q.Key && x.Value == q.Value));

    /// <summary>The ids this entry gives that the pack does not define, e.g. <c>entity 'x'</c>.</summary>
    public IEnumerable<string> UnknownIds(RulePack pack)
    {
        if (!pack.Predicates.ContainsKey(Predicate!))
        {
            yield return $"predicate '{Predicate}'";
        }

        foreach (var entity in new[] { Subject, Object }.OfType<string>().Where(e => !pack.Entities.Contains(e)))
        {
            yield return $"entity '{entity}'";
        }

        foreach (var (name, value) in Qualifiers ?? [])
        {
            if (!pack.Qualifiers.TryGetValue(name, out var qualifier))
            {
                yield return $"qualifier '{name}'";
            }
            else if (!qualifier.Contains(value))
            {
                yield return $"value '{value}' of qualifier '{name}'";
            }
        }
    }

    /// <summary>The entry in the terms of <see cref="Describe"/>, "*" for a key it leaves open.</summary>
    public override string ToString() => Format(
        Predicate ?? "*",
        (Subject ?? "*") + Inferred switch { true => " (inferred)", false => " (named)", null => string.Empty },
        (Value ?? "*") + (Factor is null ? string.Empty : $" by {Factor}"),
        Object ?? "*",
        Date ?? "*",
        Polarity ?? "*",
        Modality ?? "*",
        Qualifiers is null ? "*" : "{" + string.Join(", ", Qualifiers.Select(q => $"{q.Key}: {q.Value}")) + "}");

    private static string Format(string predicate, params string[] parts) => $"{predicate}({string.Join(", ", parts)})";

    private static string Word(Enum value) => value.ToString().ToLowerInvariant();
}
