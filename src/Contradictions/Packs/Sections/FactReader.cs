using Contradictions.Claims;
using Contradictions.Claims.Normalizers;
using Contradictions.Entities;
using Contradictions.Packs.Yaml;
using Contradictions.Text;

namespace Contradictions.Packs.Sections;

/// <summary>
/// Reads the <c>facts:</c> sections: reference facts, each a statement with its source and the claims it makes,
/// read into assertions as an article's would be, so that rules compare them with the articles'.
/// </summary>
internal sealed class FactReader(
    SectionContext context,
    EntityCatalog entities,
    Dictionary<string, PredicateDefinition> predicates,
    Dictionary<string, QualifierDefinition> qualifiers,
    DateExpressionParser dates)
{
    public List<ReferenceFact> Read(IReadOnlyList<PackFile> packFiles)
    {
        var result = new List<ReferenceFact>();
        foreach (var dto in LayeredIds.Unique(context, packFiles, f => f.Facts, f => f.Id, "fact"))
        {
            var statement = context.Required(dto, dto.Statement, "statement");
            var url = context.Required(dto, dto.Source, "source");
            var kind = Kind(dto);
            var claims = new List<Assertion>();
            foreach (var claim in dto.Claims ?? [])
            {
                context.SetFile(claim, context.FileOf(dto));
                if (Claim(dto, claim, statement ?? string.Empty, claims.Count) is { } assertion)
                {
                    claims.Add(assertion);
                }
            }

            if ((dto.Claims ?? []).Count == 0)
            {
                context.Error(dto, "CTR101", $"fact '{dto.Id}' has no claims", "add 'claims:' with at least one subject and predicate, so rules can compare it");
            }

            result.Add(new ReferenceFact(dto.Id!, statement ?? string.Empty, url ?? string.Empty, claims)
            {
                Kind = kind,
                Also = dto.Also ?? [],
            });
        }

        return result;
    }

    /// <summary>The fact's kind of authority; a missing one is a CTR101 and an unknown one a CTR102.</summary>
    private FactKind Kind(FactDto dto)
    {
        var id = context.Required(dto, dto.Kind, "kind");
        if (id is not null && FactKinds.Parse(id) is null)
        {
            context.Error(dto, "CTR102", $"fact '{dto.Id}' has unknown kind '{id}'", $"use one of: {string.Join(", ", FactKinds.All)}");
        }

        return FactKinds.Parse(id) ?? FactKind.Secondary;
    }

    /// <summary>
    /// Orders the subject and object of a symmetric predicate, as articles' assertions are, so that "A and B" and
    /// "B and A" are one claim.
    /// </summary>
    private static (string Subject, string? Object) Ordered(PredicateDefinition predicate, string subject, string? obj) =>
        predicate.Symmetric && obj is not null && string.CompareOrdinal(obj, subject) < 0 ? (obj, subject) : (subject, obj);

    private Assertion? Claim(FactDto fact, FactClaimDto claim, string statement, int index)
    {
        var ok = true;
        foreach (var entity in new[] { claim.Subject, claim.Object }.Where(e => e is not null && !entities.Contains(e)))
        {
            context.Error(claim, "CTR203", $"fact '{fact.Id}' names unknown entity '{entity}'", "use an entity id defined under 'entities:'");
            ok = false;
        }

        if (context.Required(claim, claim.Subject, "subject") is null || context.Required(claim, claim.Predicate, "predicate") is null)
        {
            return null;
        }

        if (!predicates.TryGetValue(claim.Predicate!, out var predicate))
        {
            context.Error(claim, "CTR202", $"fact '{fact.Id}' names unknown predicate '{claim.Predicate}'", $"use one of: {string.Join(", ", predicates.Keys.Order(StringComparer.Ordinal))}");
            return null;
        }

        var date = Date(fact, claim, claim.Date, "a date", "1970", ref ok);
        var asOf = Date(fact, claim, claim.AsOf, "an as-of date", "2019", ref ok);
        var qualifierList = new List<Qualifier>();
        foreach (var (name, value) in claim.Qualifiers ?? [])
        {
            if (!qualifiers.TryGetValue(name, out var q) || !q.Contains(value))
            {
                context.Error(claim, "CTR204", $"fact '{fact.Id}' sets unknown qualifier value {name}: {value}", "use a qualifier and value defined under 'qualifiers:'");
                ok = false;
                continue;
            }

            qualifierList.Add(new Qualifier(name, value, q[value].Label));
        }

        ClaimValue? claimValue = null;
        if (claim.Value is not null)
        {
            if (Normalized(predicate, claim.Value) is not { } normalized)
            {
                context.Error(claim, "CTR204", $"fact '{fact.Id}' has value '{claim.Value}' that predicate '{predicate.Id}' does not take", "use one of the predicate's values");
                return null;
            }

            claimValue = new ClaimValue(normalized, claim.Value);
        }

        var polarity = context.ParseEnum<Polarity>(claim, claim.Polarity, "polarity", "affirmed, negated") ?? Polarity.Affirmed;
        var modality = context.ParseEnum<Modality>(claim, claim.Modality, "modality", "states, can, may") ?? Modality.States;
        if (!ok)
        {
            return null;
        }

        var (subject, obj) = Ordered(predicate, claim.Subject!, claim.Object);
        if (subject != claim.Subject)
        {
            claimValue = predicate.Swapped(claimValue);
        }

        if (predicate.ValueKind == ValueKind.Entity && claimValue is not null)
        {
            obj = claimValue.Normalized;
        }

        var mark = context.MarkOf(claim);
        return new Assertion(
            $"{fact.Id}#{index + 1}",
            fact.Id!,
            subject,
            entities[subject].Name,
            false,
            predicate.Id,
            claimValue,
            obj,
            date,
            claim.Date,
            qualifierList.OrderBy(q => q.Name, StringComparer.Ordinal).ToList(),
            polarity,
            modality,
            new SourceLocation((int)mark.Line, (int)mark.Column, (int)mark.Index, 0),
            statement,
            "reference")
        {
            IsReference = true,
            AsOf = asOf,
        };
    }

    /// <summary>A date of the claim, or null; one that cannot be read is a CTR102 and fails the claim.</summary>
    private DateInterval? Date(FactDto fact, FactClaimDto claim, string? text, string what, string year, ref bool ok)
    {
        if (text is null)
        {
            return null;
        }

        if (dates.Parse(text) is { } date)
        {
            return date;
        }

        context.Error(claim, "CTR102", $"fact '{fact.Id}' has {what} that cannot be read: '{text}'", $"write it as {year}, 2019-03 or 2019-03-05");
        ok = false;
        return null;
    }

    /// <summary>The value in the predicate's terms, or null when the predicate does not take it.</summary>
    private string? Normalized(PredicateDefinition predicate, string value) => predicate.ValueKind switch
    {
        ValueKind.RomanNumeral => RomanNumeral.Normalize(value),
        ValueKind.Enum => predicate.Values.ContainsKey(value) ? value : null,
        ValueKind.Entity => entities.Contains(value) ? value : null,
        _ => null,
    };
}
