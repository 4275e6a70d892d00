using Contradictions.Packs.Yaml;
using Contradictions.Text.Tokens;

namespace Contradictions.Packs.Sections;

/// <summary>Reads <c>language.base-forms</c>: the suffix rules and exceptions that bring a word to its base form, so that an article's words meet the pack's phrases.</summary>
internal sealed class BaseFormReader(SectionContext context)
{
    public BaseForms Read(LanguageDto dto)
    {
        if (dto.BaseForms is not { } forms)
        {
            return BaseForms.None;
        }

        var rules = new List<SuffixRule>();
        foreach (var rule in forms.Suffixes ?? [])
        {
            // "ies>y": the suffix, and what replaces it; a bare suffix is dropped.
            var parts = rule.Split('>');
            if (parts.Length > 2 || parts[0].Length == 0)
            {
                context.Error(forms, "CTR102", $"base-forms suffix '{rule}' is not SUFFIX or SUFFIX>REPLACEMENT", "write 'ing' to drop an ending, or 'ies>y' to replace it");
                continue;
            }

            rules.Add(new SuffixRule(parts[0].ToLowerInvariant(), parts.Length == 2 ? parts[1].ToLowerInvariant() : string.Empty));
        }

        return new BaseForms(
            rules,
            (forms.Exceptions ?? []).ToDictionary(kv => kv.Key.ToLowerInvariant(), kv => kv.Value.ToLowerInvariant(), StringComparer.Ordinal),
            (forms.KeepEndings ?? []).Select(e => e.ToLowerInvariant()).ToList());
    }
}
