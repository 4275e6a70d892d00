using System.Globalization;
using Contradictions.Claims;
using Contradictions.Text;

namespace Contradictions.Benchmarks.Corpus;

/// <summary>
/// One claim made by many sources, each wording it its own way: every one of ten slots said one of eight ways, and
/// words of the source's own (a writer and a place). One source in ten copies an earlier one and changes one word (a
/// copy, sharing 11 of 12 words) or two (no longer a copy). The same count gives the same claim.
/// </summary>
public static class RewordedClaim
{
    private static readonly string[][] Slots = Enumerable.Range(0, 10)
        .Select(slot => Enumerable.Range(0, 8).Select(way => string.Create(CultureInfo.InvariantCulture, $"w{slot}x{way}")).ToArray())
        .ToArray();

    /// <summary>The claim's assertions, one per source, in source order.</summary>
    public static List<Assertion> Make(int sources)
    {
        var random = new Random(14);
        var quotes = new List<string>();
        for (var i = 0; i < sources; i++)
        {
            if (i > 10 && i % 10 == 0)
            {
                var words = quotes[random.Next(i)].Split(' ');
                for (var changes = random.Next(1, 3); changes > 0; changes--)
                {
                    var slot = random.Next(Slots.Length);
                    words[slot] = string.Create(CultureInfo.InvariantCulture, $"{Slots[slot][random.Next(8)]}c{i}");
                }

                quotes.Add(string.Join(' ', words));
                continue;
            }

            quotes.Add(string.Join(' ', Slots.Select(ways => ways[random.Next(ways.Length)])) + string.Create(CultureInfo.InvariantCulture, $" writer{i} place{i}"));
        }

        return quotes.Select((quote, i) => Claim(string.Create(CultureInfo.InvariantCulture, $"s{i:00000}.txt"), quote)).ToList();
    }

    private static Assertion Claim(string source, string quote) => new(
        source + "#1", source, "subject-x", "X", false, "predicate-y", new ClaimValue("v", "v"), null, null, null, [],
        Polarity.Affirmed, Modality.States, new SourceLocation(1, 1, 0, 1), quote, "pattern-z");
}
