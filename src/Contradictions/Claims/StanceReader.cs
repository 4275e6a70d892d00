using System.Text.RegularExpressions;
using Contradictions.Entities;
using Contradictions.Packs;

namespace Contradictions.Claims;

/// <summary>What set an assertion's polarity and modality: the words found, for <c>extract --explain</c> and tests.</summary>
/// <param name="Polarity">Stated or denied.</param>
/// <param name="Modality">Fact, capability or hedge.</param>
/// <param name="Cues">The words that decided it.</param>
internal sealed record Stance(Polarity Polarity, Modality Modality, IReadOnlyList<string> Cues)
{
    /// <summary>The words that denied the claim.</summary>
    public IReadOnlyList<string> PolarityCues { get; init; } = [];

    /// <summary>The word that hedged it or made it a capability.</summary>
    public IReadOnlyList<string> ModalityCues { get; init; } = [];
}

/// <summary>
/// Reads polarity and modality from the words of a claim using the pack's language words: a negation ("not",
/// "never", "cannot") denies, "may"/"might" hedge, "can"/"could" state a capability. Phrases such as "not only"
/// are not negations.
/// </summary>
internal sealed class StanceReader
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private readonly Regex? negation;
    private readonly Regex? notNegation;
    private readonly Regex? may;
    private readonly Regex? can;

    public StanceReader(Language language)
    {
        negation = Words(language.Negation);
        notNegation = Words(language.NotNegation);
        may = Words(language.MayWords);
        can = Words(language.CanWords);
    }

    public Stance Read(string text)
    {
        var cues = new List<string>();
        var masked = Mask(text, notNegation, null);
        var polarity = Polarity.Affirmed;
        foreach (Match m in negation?.Matches(masked) ?? (IEnumerable<Match>)[])
        {
            polarity = Polarity.Negated;
            cues.Add(m.Value);
        }

        var polarityCues = cues.ToList();

        // A negation word is not also a modal: "cannot" denies outright.
        masked = Mask(masked, negation, null);
        var modality = Modality.States;
        if (may?.Match(masked) is { Success: true } hedge)
        {
            modality = Modality.May;
            cues.Add(hedge.Value);
        }
        else if (can?.Match(masked) is { Success: true } capability)
        {
            modality = Modality.Can;
            cues.Add(capability.Value);
        }

        return new Stance(polarity, modality, cues) { PolarityCues = polarityCues, ModalityCues = cues.Skip(polarityCues.Count).ToList() };
    }

    private static string Mask(string text, Regex? words, List<string>? found) =>
        words is null ? text : words.Replace(text, m =>
        {
            found?.Add(m.Value);
            return new string(' ', m.Length);
        });

    private static Regex? Words(IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return null;
        }

        var alternatives = words.OrderByDescending(w => w.Length).Select(w =>
            w.StartsWith("n'", StringComparison.OrdinalIgnoreCase)
                ? Regex.Escape(w) + @"(?![\w])"
                : EntityCatalog.WordPattern(w));
        return new Regex(string.Join('|', alternatives), Options, TimeSpan.FromSeconds(1));
    }
}
