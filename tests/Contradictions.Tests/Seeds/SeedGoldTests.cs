using System.Globalization;
using System.Text;
using Contradictions.Claims;
using Contradictions.Tests.Support;
using Contradictions.Text;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Contradictions.Tests.Seeds;

/// <summary>
/// The extractor against the hand-checked gold claims in <c>seeds/*.claims.yaml</c>: precision and recall per
/// predicate over the five seeds, printed as a table, with targets of 0.95 and 0.90 for every predicate.
/// </summary>
public class SeedGoldTests
{
    private const double PrecisionTarget = 0.95;
    private const double RecallTarget = 0.90;

    [Test]
    public void EveryPredicateMeetsThePrecisionAndRecallTargets()
    {
        var score = Score();
        TestContext.Out.WriteLine(score.Table());
        Assert.Multiple(() =>
        {
            foreach (var (predicate, counts) in score.ByPredicate)
            {
                Assert.That(counts.Precision, Is.GreaterThanOrEqualTo(PrecisionTarget), $"precision of {predicate}; wrong: {string.Join("; ", counts.Wrong)}");
                Assert.That(counts.Recall, Is.GreaterThanOrEqualTo(RecallTarget), $"recall of {predicate}; missed: {string.Join("; ", counts.Missed)}");
            }
        });
    }

    [Test]
    public void EveryGoldClaimNamesWhatThePackKnows()
    {
        var pack = Repository.Checker.Pack;
        foreach (var (file, gold) in GoldFiles())
        {
            foreach (var claim in gold.Claims)
            {
                Assert.That(pack.Predicates.ContainsKey(claim.Predicate), Is.True, $"{file}:{claim.Line} predicate {claim.Predicate}");
                Assert.That(pack.Entities.Contains(claim.Subject), Is.True, $"{file}:{claim.Line} subject {claim.Subject}");
                Assert.That(claim.Date is null || pack.Dates.Parse(claim.Date) is not null, Is.True, $"{file}:{claim.Line} date {claim.Date}");
                foreach (var (name, value) in claim.Qualifiers)
                {
                    Assert.That(pack.Qualifiers.TryGetValue(name, out var q) && q.Contains(value), Is.True, $"{file}:{claim.Line} {name}: {value}");
                }
            }
        }
    }

    /// <summary>Counts, per predicate, the claims found, the wrong assertions and the missed claims.</summary>
    internal static GoldScore Score()
    {
        var score = new GoldScore();
        foreach (var (file, gold) in GoldFiles())
        {
            var expected = gold.Claims.Select(c => (c.Predicate, Key: Key(c))).ToList();
            var actual = Repository.Checker.Extract(SourceDocument.FromFile(Path.Combine(Repository.Seeds, gold.Source)))
                .Select(a => (a.Predicate, Key: Key(a))).ToList();
            foreach (var (predicate, key) in actual)
            {
                var index = expected.FindIndex(e => e.Key == key);
                if (index >= 0)
                {
                    score[predicate].Found++;
                    expected.RemoveAt(index);
                }
                else
                {
                    score[predicate].Wrong.Add($"{file[..3]} {key}");
                }
            }

            foreach (var (predicate, key) in expected)
            {
                score[predicate].Missed.Add($"{file[..3]} {key}");
            }
        }

        return score;
    }

    private static IEnumerable<(string File, GoldFile Gold)> GoldFiles()
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).Build();
        foreach (var path in Directory.GetFiles(Repository.Seeds, "*.claims.yaml").Order(StringComparer.Ordinal))
        {
            yield return (Path.GetFileName(path), deserializer.Deserialize<GoldFile>(File.ReadAllText(path)));
        }
    }

    /// <summary>Everything a claim says, in one comparable line.</summary>
    private static string Key(GoldClaim c) => Key(
        c.Line,
        c.Subject,
        c.Inferred,
        c.Predicate,
        c.Value,
        c.Object,
        c.Date is null ? null : Repository.Checker.Pack.Dates.Parse(c.Date)?.ToString(),
        c.Polarity,
        c.Modality,
        c.Qualifiers);

    private static string Key(Assertion a) => Key(
        a.Location.Line,
        a.Subject,
        a.SubjectInferred,
        a.Predicate,
        a.Value?.Normalized,
        a.ObjectEntity,
        a.Date?.ToString(),
        a.Polarity.ToString().ToLowerInvariant(),
        a.Modality.ToString().ToLowerInvariant(),
        a.Qualifiers.ToDictionary(q => q.Name, q => q.Value));

    private static string Key(int line, string subject, bool inferred, string predicate, string? value, string? obj, string? date, string polarity, string modality, Dictionary<string, string> qualifiers) =>
        string.Create(CultureInfo.InvariantCulture, $"line {line}: {subject}{(inferred ? " (inferred)" : string.Empty)} {predicate}")
        + (value is null ? string.Empty : $" value={value}")
        + (obj is null ? string.Empty : $" object={obj}")
        + (date is null ? string.Empty : $" date={date}")
        + (polarity == "affirmed" ? string.Empty : $" {polarity}")
        + (modality == "states" ? string.Empty : $" {modality}")
        + string.Concat(qualifiers.OrderBy(q => q.Key, StringComparer.Ordinal).Select(q => $" {q.Key}={q.Value}"));

    internal sealed class GoldScore
    {
        public SortedDictionary<string, Counts> ByPredicate { get; } = new(StringComparer.Ordinal);

        public Counts this[string predicate] => ByPredicate.TryGetValue(predicate, out var c) ? c : ByPredicate[predicate] = new Counts();

        public string Table()
        {
            var text = new StringBuilder();
            text.AppendLine("| predicate | gold | found | wrong | missed | precision | recall |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var (predicate, c) in ByPredicate)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {predicate} | {c.Found + c.Missed.Count} | {c.Found} | {c.Wrong.Count} | {c.Missed.Count} | {c.Precision:0.00} | {c.Recall:0.00} |");
            }

            var found = ByPredicate.Values.Sum(c => c.Found);
            var wrong = ByPredicate.Values.Sum(c => c.Wrong.Count);
            var missed = ByPredicate.Values.Sum(c => c.Missed.Count);
            text.AppendLine(CultureInfo.InvariantCulture, $"| all | {found + missed} | {found} | {wrong} | {missed} | {Ratio(found, found + wrong):0.00} | {Ratio(found, found + missed):0.00} |");
            return text.ToString();
        }

        private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

        internal sealed class Counts
        {
            public int Found { get; set; }

            public List<string> Wrong { get; } = [];

            public List<string> Missed { get; } = [];

            public double Precision => Ratio(Found, Found + Wrong.Count);

            public double Recall => Ratio(Found, Found + Missed.Count);
        }
    }

#pragma warning disable CA1812, CA2227, CA1002 // Created by the YAML deserializer, which needs settable lists.
    private sealed class GoldFile
    {
        public string Source { get; set; } = string.Empty;

        public List<GoldClaim> Claims { get; set; } = [];
    }

    private sealed class GoldClaim
    {
        public int Line { get; set; }

        public string Subject { get; set; } = string.Empty;

        public bool Inferred { get; set; }

        public string Predicate { get; set; } = string.Empty;

        public string? Value { get; set; }

        public string? Object { get; set; }

        public string? Date { get; set; }

        public string Polarity { get; set; } = "affirmed";

        public string Modality { get; set; } = "states";

        public Dictionary<string, string> Qualifiers { get; set; } = [];

        public string? Says { get; set; }
    }
#pragma warning restore CA1812, CA2227, CA1002
}
