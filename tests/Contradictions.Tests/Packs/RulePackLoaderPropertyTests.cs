using Contradictions.Packs;
using Contradictions.Tests.Support;
using Contradictions.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheckProperty = FsCheck.NUnit.PropertyAttribute;

namespace Contradictions.Tests.Packs;

// FsCheck generates the parameters of [FsCheckProperty] methods, which the NUnit analyzer cannot see.
#pragma warning disable NUnit1027

/// <summary>A pack is code a user hands us: whatever its YAML, loading it gives a pack or pack errors, never a crash.</summary>
public class RulePackLoaderPropertyTests
{
    private static readonly IReadOnlyList<(string Path, string Text)> DefaultPack =
        Directory.GetFiles(Repository.Rules, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => ("rules/" + Path.GetRelativePath(Repository.Rules, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();

    private static readonly SourceDocument Article = SourceDocument.FromText("a.txt", string.Join('\n', Repository.SeedReport.Assertions.Select(a => a.Quote).Distinct().Take(25)));

    /// <summary>Loads the default pack with one file replaced; if it loads, checks an article with it.</summary>
    private static void LoadsOrExplains(int replaced, string text)
    {
        var files = DefaultPack.Select((f, i) => i == replaced % DefaultPack.Count ? (f.Path, text) : f).ToList();
        RulePack pack;
        try
        {
            pack = RulePackLoader.Load(files);
        }
        catch (RulePackException e)
        {
            Assert.That(e.Diagnostics, Is.Not.Empty);
            Assert.That(e.Diagnostics.Select(d => d.File), Has.All.StartWith("rules/"), string.Join('\n', e.Diagnostics));
            return;
        }

        _ = new ContradictionCheckerBuilder().UsePack(pack).Build().Check(Article);
    }

    [FsCheckProperty(MaxTest = 200)]
    public void ArbitraryTextAsAPackFileGivesPackErrorsNotACrash(NonNegativeInt replaced, string text) =>
        LoadsOrExplains(replaced.Get, text ?? string.Empty);

    [FsCheckProperty(MaxTest = 300)]
    public void ANoisyPackFileGivesPackErrorsNotACrash(NonNegativeInt replaced, int seed)
    {
        var random = new Random(seed);
        LoadsOrExplains(replaced.Get, Mutations.Noise(random, random.Next(200)));
    }

    [FsCheckProperty(MaxTest = 100)]
    public void ADamagedPackFileGivesPackErrorsNotACrash(NonNegativeInt replaced, int seed)
    {
        var random = new Random(seed);
        var original = DefaultPack[replaced.Get % DefaultPack.Count].Text;
        LoadsOrExplains(replaced.Get, Mutations.Mutate(original, random, random.Next(1, 4)));
    }
}
