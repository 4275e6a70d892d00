using System.Text.RegularExpressions;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Generality;

/// <summary>The C# under src/ names no drug, agency, jurisdiction, indication or claim family: those live in packs.</summary>
public class EngineNamesNoDrugTests
{
    /// <summary>
    /// Words of the packs that the engine may use as words of its own: a "block" is a paragraph to the sentence
    /// splitter, whatever a predicate calls blocking.
    /// </summary>
    private static readonly HashSet<string> EngineWords = new(StringComparer.OrdinalIgnoreCase) { "block", "blocks" };

    private static IEnumerable<string> PackWords(Contradictions.Packs.RulePack pack) =>
        pack.Entities.All.SelectMany(e => new[] { e.Id, e.Name }.Concat(e.Aliases).Concat(e.Brands))
            .Concat(pack.Qualifiers.Values.SelectMany(q => q.Values.SelectMany(v => v.Words.Append(v.Label))))
            // Predicates by their multi-word ids and topics ("respiratory-depression"); one-word ids such as
            // "approval" are ordinary words.
            .Concat(pack.Predicates.Values.SelectMany(p => new[] { p.Id, p.Topic }).Where(w => w.Contains('-', StringComparison.Ordinal) || w.Contains(' ', StringComparison.Ordinal)))
            .Where(w => w.Count(char.IsLetter) >= 2 && !EngineWords.Contains(w))
            .Distinct(StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [Test]
    public void NoSourceFileNamesAWordOfEitherPack()
    {
        var words = PackWords(Repository.Checker.Pack).Concat(PackWords(NaloxonePackTests.Checker.Pack)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        Assert.That(words, Has.Count.GreaterThan(50).And.Contains("ketamine").And.Contains("naloxone").And.Contains("FDA"));
        var found = new List<string>();
        foreach (var file in SourceFiles())
        {
            var text = File.ReadAllText(file);
            foreach (var word in words)
            {
                foreach (Match match in Regex.Matches(text, Contradictions.Entities.EntityCatalog.WordPattern(word), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
                {
                    found.Add($"{Path.GetRelativePath(Repository.Root, file)}:{text[..match.Index].Count(c => c == '\n') + 1}: {match.Value}");
                }
            }
        }

        Assert.That(found, Is.Empty);
    }

    [Test]
    public void TheScanFindsADrugNameWhereThereIsOne()
    {
        var pattern = Contradictions.Entities.EntityCatalog.WordPattern("ketamine");
        Assert.That(Regex.IsMatch("// e.g. Ketamine's label", pattern, RegexOptions.IgnoreCase), Is.True);
        Assert.That(Regex.IsMatch("// who reads this", Contradictions.Entities.EntityCatalog.WordPattern("WHO"), RegexOptions.IgnoreCase), Is.False);
    }
}
