using System.Globalization;
using Contradictions.Claims;
using Contradictions.Packs;

namespace Contradictions.Evaluation;

/// <summary>
/// Everything a claim says, in one comparable line: a gold claim and an assertion match when their keys are equal,
/// that is on line, subject and whether it was inferred, predicate, value, object, date, polarity, modality and
/// qualifiers. Only the words (<c>says</c>, the quote) are left out.
/// </summary>
/// <param name="Line">The article line.</param>
/// <param name="Text">The rest, e.g. <c>drug-x (inferred) approval date=1970 jurisdiction=us</c>.</param>
internal readonly record struct ClaimKey(int Line, string Text)
{
    /// <summary>
    /// The key of a gold claim; its date is read with the pack's date words, as an article's would be, and a
    /// symmetric predicate's two entities are put in id order, as extraction puts them.
    /// </summary>
    public static ClaimKey Of(GoldClaim claim, RulePack pack)
    {
        var (subject, obj, value) = (claim.Subject, claim.ObjectEntity, claim.Value);
        if (pack.Predicates.TryGetValue(claim.Predicate, out var predicate) && predicate.Symmetric && obj is not null && string.CompareOrdinal(obj, subject) < 0)
        {
            (subject, obj) = (obj, subject);
            value = value is null ? null : predicate.Inverse.GetValueOrDefault(value, value);
        }

        return Of(claim, pack, subject, obj, value);
    }

    private static ClaimKey Of(GoldClaim claim, RulePack pack, string subject, string? obj, string? value) => new(
        claim.Line,
        Describe(
            subject,
            claim.Inferred,
            claim.Predicate,
            value,
            obj,
            claim.Date is null ? null : pack.Dates.Parse(claim.Date)?.ToString() ?? $"'{claim.Date}' (not a date the pack reads)",
            claim.Polarity,
            claim.Modality,
            claim.Qualifiers));

    public static ClaimKey Of(Assertion assertion) => new(
        assertion.Location.Line,
        Describe(
            assertion.Subject,
            assertion.SubjectInferred,
            assertion.Predicate,
            assertion.Value?.Normalized,
            assertion.ObjectEntity,
            assertion.Date?.ToString(),
            assertion.Polarity,
            assertion.Modality,
            assertion.Qualifiers.ToDictionary(q => q.Name, q => q.Value, StringComparer.Ordinal)));

    private static string Describe(string subject, bool inferred, string predicate, string? value, string? obj, string? date, Polarity polarity, Modality modality, IReadOnlyDictionary<string, string> qualifiers) =>
        string.Create(CultureInfo.InvariantCulture, $"{subject}{(inferred ? " (inferred)" : string.Empty)} {predicate}")
        + (value is null ? string.Empty : $" value={value}")
        + (obj is null ? string.Empty : $" object={obj}")
        + (date is null ? string.Empty : $" date={date}")
        + (polarity == Polarity.Affirmed ? string.Empty : $" {polarity.ToString().ToLowerInvariant()}")
        + (modality == Modality.States ? string.Empty : $" {modality.ToString().ToLowerInvariant()}")
        + string.Concat(qualifiers.OrderBy(q => q.Key, StringComparer.Ordinal).Select(q => $" {q.Key}={q.Value}"));
}
