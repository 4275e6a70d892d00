using Contradictions.Claims.Normalizers;
using Contradictions.Packs.Yaml;
using Contradictions.Text;

namespace Contradictions.Packs.Sections;

/// <summary>Reads the <c>language:</c> section: the words of the pack's language that every later step reads with.</summary>
internal sealed class LanguageReader(SectionContext context)
{
    /// <summary>The last language section of the pack wins; with none, the defaults of an empty one.</summary>
    public Language Read(IReadOnlyList<PackFile> packFiles)
    {
        var (path, found) = packFiles.Select(f => (f.Path, f.Dto.Language)).LastOrDefault(f => f.Language is not null);
        var dto = found ?? new LanguageDto();
        // With no language section anywhere, its problems are the pack's: name its first file.
        context.SetFile(dto, path ?? (packFiles.Count > 0 ? packFiles[0].Path : "pack"));
        if (dto.Factors is { } factors)
        {
            // A factor word's problem is named at its own place in the same file.
            context.SetFile(factors, path ?? (packFiles.Count > 0 ? packFiles[0].Path : "pack"));
        }

        var parts = DateParts(dto);
        var months = dto.Months ?? [];
        if (months.Count != 12)
        {
            context.Error(dto, "CTR102", $"language.months has {months.Count} names", "list the twelve month names in order, January first");
        }

        // Patterns read the forward cues when the older keys are left out.
        var cues = CueReader.Read(dto);
        List<string> Forward(List<string>? words, Cues.CueKind kind) =>
            words ?? cues.Where(c => c.Kind == kind && c.Direction == Cues.CueDirection.Forward).Select(c => c.Phrase).ToList();
        return new Language(
            new Abbreviations(dto.Abbreviations ?? [], LabelWords(dto)),
            Forward(dto.Negation, Cues.CueKind.Negation),
            Forward(dto.NotNegation, Cues.CueKind.PseudoNegation),
            Forward(dto.Modality?.May, Cues.CueKind.Hedge),
            Forward(dto.Modality?.Can, Cues.CueKind.Capability),
            dto.Anaphors ?? [],
            dto.ClauseBreaks ?? [],
            months,
            parts,
            dto.MonthYearJoiners ?? [],
            dto.DateArticles ?? [],
            dto.VagueMentions ?? [])
        {
            RelativeDates = new RelativeDateWords(
                Lower(dto.RelativeDates?.Units),
                Lower(dto.RelativeDates?.Numbers),
                dto.RelativeDates?.Fewer ?? [],
                dto.RelativeDates?.More ?? [],
                dto.RelativeDates?.About ?? [],
                dto.RelativeDates?.Ago ?? [],
                dto.DateRangeOpeners ?? [],
                dto.DateRangeJoiners ?? [])
            {
                Alone = dto.RelativeDates?.Alone ?? [],
                ThisYear = dto.RelativeDates?.ThisYear ?? [],
                Periods = NamedPeriods(dto),
            },
            AnaphorKinds = (dto.AnaphorKinds ?? []).ToDictionary(
                kv => SingleSpaced(kv.Key),
                kv => (IReadOnlyList<string>)kv.Value,
                StringComparer.OrdinalIgnoreCase),
            QualifierAnaphors = (dto.QualifierAnaphors ?? []).ToDictionary(
                kv => kv.Key,
                kv => (IReadOnlyList<string>)kv.Value,
                StringComparer.Ordinal),
            Cues = cues,
            CueTerminators = dto.Cues?.Terminators ?? [],
            BaseForms = new BaseFormReader(context).Read(dto),
            PassiveAuxiliaries = dto.PassiveAuxiliaries ?? [],
            ListJoiners = dto.ListJoiners ?? [],
            RelativePronouns = dto.RelativePronouns ?? [],
            CataphoraOpeners = dto.CataphoraOpeners ?? [],
            Factors = Factors(dto.Factors),
        };
    }

    /// <summary>The factor words, keyed in lower case with single spaces; a factor must be more than 0 (<c>CTR102</c>).</summary>
    private FactorWords Factors(FactorsDto? dto)
    {
        if (dto is null)
        {
            return FactorWords.None;
        }

        Dictionary<string, decimal> Positive(Dictionary<string, double>? values)
        {
            var result = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
            foreach (var (words, value) in values ?? [])
            {
                if (value is <= 0 or > 1e9 || double.IsNaN(value))
                {
                    context.Error(dto, "CTR102", $"factor word '{words}' is {value}", "a factor is a number above 0");
                    continue;
                }

                result[SingleSpaced(words)] = (decimal)value;
            }

            return result;
        }

        return new FactorWords(dto.Units ?? [], Positive(dto.Numbers), Positive(dto.Words), dto.RangeJoiners ?? []) { UpTo = dto.UpTo ?? [] };
    }

    /// <summary>The words that name a part of a month or year ("early", "mid"), in lower case with single spaces.</summary>
    private Dictionary<string, DatePart> DateParts(LanguageDto dto)
    {
        var parts = new Dictionary<string, DatePart>(StringComparer.OrdinalIgnoreCase);
        foreach (var (words, part) in dto.DateParts ?? [])
        {
            DatePart? value = part switch
            {
                "first-third" => DatePart.FirstThird,
                "middle-third" => DatePart.MiddleThird,
                "last-third" => DatePart.LastThird,
                _ => null,
            };
            if (value is null)
            {
                context.Error(dto, "CTR102", $"date part '{words}' has unknown value '{part}'", "use first-third, middle-third or last-third");
                continue;
            }

            parts[SingleSpaced(words).ToLowerInvariant()] = value.Value;
        }

        return parts;
    }

    /// <summary>
    /// The named periods ("Vietnam War: 1955-1975"), keyed as written with single spaces; a period is a year or two
    /// years joined by a dash, the first no later than the second (<c>CTR102</c> otherwise).
    /// </summary>
    private Dictionary<string, DateInterval> NamedPeriods(LanguageDto dto)
    {
        var periods = new Dictionary<string, DateInterval>(StringComparer.OrdinalIgnoreCase);
        foreach (var (words, years) in dto.NamedPeriods ?? [])
        {
            var ends = (years ?? string.Empty).Split('-', StringSplitOptions.TrimEntries);
            var first = Year(ends[0]);
            var last = ends.Length == 2 ? Year(ends[1]) : ends.Length == 1 ? first : null;
            var name = SingleSpaced(words);
            if (first is null || last is null || last < first || name.Length == 0)
            {
                context.Error(dto, "CTR102", $"named period '{words}' spans '{years}'", "give the years it spans as 1955-1975, or one year as 1918");
                continue;
            }

            periods[name] = DateInterval.Years(first.Value, last.Value);
        }

        return periods;

        static int? Year(string text) => text.Length == 4 && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year >= 1000 ? year : null;
    }

    /// <summary>
    /// The words that take a number or letter as a label ("Schedule" in "Schedule V"). The splitter compares one word
    /// before the label, so an entry of several words, or one with the label or a period in it, could never match.
    /// </summary>
    private List<string> LabelWords(LanguageDto dto)
    {
        var words = new List<string>();
        foreach (var word in dto.LabelWords ?? [])
        {
            if (word.Length > 0 && word.All(char.IsLetter))
            {
                words.Add(word);
                continue;
            }

            context.Error(dto, "CTR102", $"language.label-words item '{word}' is not one word of letters", "list the word alone, without the number or letter that follows it or a period: Schedule, not 'Schedule V'");
        }

        return words;
    }

    /// <summary>The words with single spaces between them, as the readers look phrases up.</summary>
    private static string SingleSpaced(string words) => string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Words as keys, in lower case with single spaces, as the date parser looks them up.</summary>
    private static Dictionary<string, int> Lower(Dictionary<string, int>? words) =>
        (words ?? []).ToDictionary(kv => SingleSpaced(kv.Key).ToLowerInvariant(), kv => kv.Value, StringComparer.Ordinal);
}
