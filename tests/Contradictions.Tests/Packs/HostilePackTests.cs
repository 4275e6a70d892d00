using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.Versioning;
using System.Text;
using Contradictions.Packs;
using Contradictions.Tests.Support;

namespace Contradictions.Tests.Packs;

/// <summary>A pack is code a user hands us: each kind of bad pack is refused at load with file, line, column and a hint.</summary>
public class HostilePackTests
{
    private static PackDiagnostic Refused(PackCopy pack)
    {
        var error = Assert.Throws<RulePackException>(() => RulePackLoader.LoadDirectory(pack.Directory))!;
        return error.Diagnostics.Single();
    }

    private static string Name(PackCopy pack) => Path.GetFileName(pack.Directory);

    [Test]
    public void AnEmptyListItemIsRefusedWhereItStands()
    {
        using var pack = new PackCopy().With("extra.yaml", "entities:\n  - id: x\n    aliases: [X1, ~]\n");
        Assert.That(Refused(pack).ToString(), Is.EqualTo($"CTR101 {Name(pack)}/extra.yaml:2:5: 'aliases' has an empty item (give it a value, or leave it out)"));
    }

    [Test]
    public void ABlankNameIsRefused()
    {
        using var pack = new PackCopy().With("extra.yaml", "entities:\n  - id: x\n    name: \"  \"\n");
        Assert.That((Refused(pack).Code, Refused(pack).Message), Is.EqualTo(("CTR101", "'name' is empty")));
    }

    [Test]
    public void YamlThatBreaksTheYamlReaderItselfIsStillAPackError()
    {
        // An unclosed flow list followed by a key: YamlDotNet fails with InvalidOperationException, not a syntax error.
        using var pack = new PackCopy().With("extra.yaml", "entities:\n  - id: x\n    aliases: [major depression, MDD id: sedation\n    l");
        var diagnostic = Refused(pack);
        Assert.That((diagnostic.Code, diagnostic.Message), Is.EqualTo(("CTR100", "the YAML cannot be read past this place")));
    }

    [Test]
    public void AnUnknownKeyIsNamedWithoutInternalTypeNames()
    {
        using var pack = new PackCopy().With("extra.yaml", "entities:\n  - id: x\n    alias: [X1]\n");
        Assert.That(Refused(pack).ToString(), Is.EqualTo($"CTR100 {Name(pack)}/extra.yaml:3:5: unknown key 'alias' (check the key's spelling against rules/README.md; keys are lower-case and hyphenated)"));
    }

    [TestCase("lexicons: [some, words]\n", 1, 11, "a list, where it takes a key: value mapping")]
    [TestCase("entities: x\n", 1, 11, "a single value, where it takes a list")]
    [TestCase("lexicons:\n  words: one\n", 2, 10, "a single value, where it takes a list")]
    [TestCase("just words\n", 1, 1, "a single value, where it takes a key: value mapping")]
    public void AValueOfTheWrongShapeSaysWhatTheKeyTakesWithoutTheReadersWords(string yaml, int line, int column, string shape)
    {
        using var pack = new PackCopy().With("extra.yaml", yaml);
        Assert.That(Refused(pack).ToString(), Is.EqualTo($"CTR100 {Name(pack)}/extra.yaml:{line}:{column}: this is not what the key expects here: {shape} (see rules/README.md for the shape each key takes)"));
    }

    [Test]
    public void ARelationToAnUnknownEntityIsRefused()
    {
        using var pack = new PackCopy().With("extra.yaml", "entities:\n  - id: x\n    relations:\n      - contains: nobody\n");
        Assert.That(Refused(pack).ToString(), Does.StartWith($"CTR203 {Name(pack)}/extra.yaml:2:5: entity 'x' relates to unknown entity 'nobody'"));
    }

    [Test]
    public void AQualifierValueThatIsItsOwnAncestorIsRefused()
    {
        using var pack = new PackCopy().With("extra.yaml", "qualifiers:\n  - id: route\n    values:\n      - id: oral\n        parent: nasal\n      - id: nasal\n        parent: oral\n");
        var error = Assert.Throws<RulePackException>(() => RulePackLoader.LoadDirectory(pack.Directory))!;
        Assert.That(error.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            $"CTR204 {Name(pack)}/extra.yaml:4:9: qualifier value 'oral' is its own ancestor (oral \u2192 nasal \u2192 oral) (a parent must be a broader value; break the circle)",
            $"CTR204 {Name(pack)}/extra.yaml:6:9: qualifier value 'nasal' is its own ancestor (nasal \u2192 oral \u2192 nasal) (a parent must be a broader value; break the circle)",
        }));
    }

    [Test]
    public void AQualifierValueListedTwiceIsRefused()
    {
        using var pack = new PackCopy().With("extra.yaml", "qualifiers:\n  - id: route\n    values:\n      - id: oral\n      - id: oral\n");
        Assert.That(Refused(pack).ToString(), Does.StartWith($"CTR200 {Name(pack)}/extra.yaml:5:9: qualifier 'route' has value 'oral' twice"));
    }

    [Test]
    public void AliasesThatMultiplyTheFileAreRefusedQuicklyWhereTheyCrossTheBudget()
    {
        var laughs = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= 9; level++)
        {
            laughs.Append(System.Globalization.CultureInfo.InvariantCulture, $"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 10))}]\n");
        }

        using var pack = new PackCopy().With("laughs.yaml", laughs.ToString());
        var clock = Stopwatch.StartNew();
        var diagnostic = Refused(pack);
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.ToString(), Does.StartWith($"CTR103 {Name(pack)}/laughs.yaml:5:").And.Contain("YAML aliases here copy in more than 100000 nodes"));
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        });
    }

    [Test]
    public void AnAnchorUsedOnceOrTwiceStillLoads()
    {
        using var pack = new PackCopy().With("extra.yaml", "entities:\n  - id: x\n    aliases: &names [X1, X2]\n  - id: y\n    brands: *names\n");
        Assert.That(RulePackLoader.LoadDirectory(pack.Directory).Name, Is.EqualTo("ketamine"));
    }

    [Test]
    public void AFiftyMegabytePackFileIsRefusedUnread()
    {
        using var pack = new PackCopy();
        // What reading the rest of the pack costs, which grows with the pack: the huge file must add little to it.
        var before = GC.GetAllocatedBytesForCurrentThread();
        RulePackLoader.LoadDirectory(pack.Directory);
        var packAlone = GC.GetAllocatedBytesForCurrentThread() - before;
        using (var huge = File.Create(Path.Combine(pack.Directory, "huge.yaml")))
        {
            huge.SetLength(50L * 1024 * 1024);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var diagnostic = Refused(pack);
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.ToString(), Is.EqualTo($"CTR104 {Name(pack)}/huge.yaml:0:0: the file is larger than the limit of 1,048,576 bytes (1 MiB) for a pack file (split it into smaller files; a whole pack needs far less)"));
            Assert.That(GC.GetAllocatedBytesForCurrentThread() - allocated - packAlone, Is.LessThan(10 * 1024 * 1024));
        });
    }

    [TestCase("[", "]")]
    [TestCase("{a: ", "}")]
    public void YamlNestedDeeplyIsRefusedQuicklyWhereItPassesTheLimit(string open, string close)
    {
        // 250,000 levels in under a megabyte: the YAML reader's time grows with the square of the depth. The file's
        // top-level mapping is the first of the 64 levels allowed, so the 64th bracket is refused.
        const int Depth = 250_000;
        var text = "entities: " + string.Concat(Enumerable.Repeat(open, Depth)) + string.Concat(Enumerable.Repeat(close, Depth)) + "\n";
        using var pack = new PackCopy().With("deep.yaml", text[..Math.Min(text.Length, 1_000_000)]);
        var clock = Stopwatch.StartNew();
        var diagnostic = Refused(pack);
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.ToString(), Is.EqualTo($"CTR100 {Name(pack)}/deep.yaml:1:{11 + (63 * open.Length)}: lists and mappings are nested more than 64 deep here (write the values out with fewer levels)"));
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
        });
    }

    [Test]
    public void APackFileGivenAsTextOverTheLimitIsRefused()
    {
        var error = Assert.Throws<RulePackException>(() => RulePackLoader.Load([("p/big.yaml", "# " + new string('x', 2 * 1024 * 1024))]))!;
        Assert.That(error.Diagnostics.Single().Code, Is.EqualTo("CTR104"));
    }

    [Test]
    public void APatternThatBacktracksCatastrophicallyIsRefusedWithAFix()
    {
        using var pack = new PackCopy().With("claims/slow.yaml", "predicate: discovery\npatterns:\n  - id: slow\n    match: \"{subject} (?:\\\\w+\\\\s?)+ discovered\"\n");
        Assert.That(Refused(pack).ToString(), Is.EqualTo(
            $"CTR206 {Name(pack)}/claims/slow.yaml:3:5: pattern 'slow': '(?:\\w+\\s?)+' at character 11 repeats a group that can itself match in many ways, which can take exponential time "
            + "(repeat a character class instead ([\\w-]+ rather than (\\w|-)+), or bound the outer repetition ({0,3}))"));
    }

    [Test]
    public void AnItemPatternWithoutLookaroundRunsOnTheNonBacktrackingEngine()
    {
        using var copy = new PackCopy().With(
            "claims/side-effects.yaml",
            "predicate: respiratory-depression\npatterns:\n  - id: side-effect-list\n    list-header: \"side effects of {subject} (?:include|are)\"\n    item: \"^\\\\W*respiratory (?:depression|arrest)\"\n    modality: can\n");
        var pack = RulePackLoader.LoadDirectory(copy.Directory);
        var list = pack.Patterns.Single(p => p.Id == "side-effect-list");
        Assert.Multiple(() =>
        {
            Assert.That(list.Item!.Options.HasFlag(System.Text.RegularExpressions.RegexOptions.NonBacktracking), Is.True);
            Assert.That(list.Match.Options.HasFlag(System.Text.RegularExpressions.RegexOptions.NonBacktracking), Is.False, "{subject} needs a lookbehind");
            Assert.That(list.Match.MatchTimeout, Is.EqualTo(PatternCompiler.MatchTimeout));
        });
    }

    [Test]
    [UnsupportedOSPlatform("windows")]
    [Platform(Exclude = "Win", Reason = "Unix permissions")]
    public void APackFileThatCannotBeReadIsRefused()
    {
        using var pack = new PackCopy();
        var vocabulary = Path.Combine(pack.Directory, "drug-regulation", "vocabulary.yaml");
        File.SetUnixFileMode(vocabulary, UnixFileMode.None);
        var error = Unprivileged.Run(() => Assert.Throws<RulePackException>(() => RulePackLoader.LoadDirectory(pack.Directory))!);
        Assert.That(error.Diagnostics.Single().ToString(), Does.StartWith($"CTR002 {Name(pack)}/drug-regulation/vocabulary.yaml:0:0: the file cannot be read: "));
    }

    [Test]
    [UnsupportedOSPlatform("windows")]
    [Platform(Exclude = "Win", Reason = "symbolic links")]
    public void APackFolderWithALinkLoopIsRefused()
    {
        using var pack = new PackCopy();
        Directory.CreateSymbolicLink(Path.Combine(pack.Directory, "ketamine", "claims", "again"), pack.Directory);
        var error = Assert.Throws<RulePackException>(() => RulePackLoader.LoadDirectory(pack.Directory))!;
        Assert.That(error.Diagnostics.Single().ToString(), Is.EqualTo($"CTR002 {Name(pack)}/ketamine/claims/again:0:0: symbolic link loop: the link leads back into the pack (remove the link, or point it outside the pack folder)"));
    }

    [Test]
    [UnsupportedOSPlatform("windows")]
    [Platform(Exclude = "Win", Reason = "symbolic links")]
    public void ALinkedFolderOutsideThePackIsFollowed()
    {
        using var pack = new PackCopy();
        using var shared = new PackCopy();
        var claims = Path.Combine(pack.Directory, "ketamine", "claims");
        Directory.Move(claims, Path.Combine(shared.Directory, "moved-claims"));
        Directory.CreateSymbolicLink(claims, Path.Combine(shared.Directory, "moved-claims"));
        Assert.That(RulePackLoader.LoadDirectory(pack.Directory).RuleIds, Is.EqualTo(RulePackLoader.LoadDefault().RuleIds));
    }

    [Test]
    public void AZipEntryIsReadNoFurtherThanTheLimitOfAPackFile()
    {
        // 64 MiB of spaces pack into some 64 KiB: the archive is small, the entry is not.
        using var archive = new MemoryStream();
        using (var zip = new ZipArchive(archive, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("big.yaml").Open();
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 64; i++)
            {
                entry.Write(spaces);
            }
        }

        archive.Position = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<RulePackException>(() => RulePackLoader.LoadArchive(archive, "zipped"))!;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Multiple(() =>
        {
            Assert.That(error.Diagnostics.Select(d => d.ToString()), Does.Contain("CTR104 zipped/big.yaml:0:0: the file is larger than the limit of 1,048,576 bytes (1 MiB) for a pack file (split it into smaller files; a whole pack needs far less)"));
            Assert.That(allocated, Is.LessThan(16 * 1024 * 1024), "bytes allocated while loading");
        });
    }
}
