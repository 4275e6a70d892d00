using System.CommandLine;
using BenchmarkDotNet.Running;
using Contradictions;
using Contradictions.Benchmarks;
using Contradictions.Benchmarks.Corpus;
using Contradictions.Text;

// `generate` writes a corpus, `doubling` times one article as it doubles, `cpu FOLDER [PASSES]` times extraction
// in CPU time; anything else goes to BenchmarkDotNet
// (e.g. --filter '*Extraction*').
if (args.Length > 0 && args[0] == "doubling")
{
    var sentence = args.Length > 1 ? args[1] : "Ketamine was approved by the FDA in 1970. ";
    var start = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 64 * 1024;
    var steps = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 5;
    return Doubling.Run(new ContradictionCheckerBuilder().UseDefaultPack().Build(), sentence, start, steps, Console.Out);
}

if (args.Length > 1 && args[0] == "cpu")
{
    var passes = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10;
    return ExtractionCpu.Run(new ContradictionCheckerBuilder().UseDefaultPack().Build(), args[1], passes, Console.Out);
}

if (args.Length == 0 || args[0] != "generate")
{
    BenchmarkSwitcher.FromAssembly(typeof(Repository).Assembly).Run(args);
    return 0;
}

var size = new Option<string>("--size", "-s") { Description = "How much article text to write: 1MB ... 1GB (1 MB = 10^6 bytes)", DefaultValueFactory = _ => "1MB" };
var output = new Option<string>("--output", "-o") { Description = "The corpus folder", Required = true };
var seed = new Option<ulong>("--seed") { Description = "The random seed; the same seed writes the same corpus", DefaultValueFactory = _ => 1 };
var seeds = new Option<string?>("--seeds") { Description = "The seed articles (default: the repository's seeds/)" };
var generate = new Command("generate", "Write a corpus of articles built from the seed articles, with planted conflicts") { size, output, seed, seeds };
generate.SetAction(parse =>
{
    var checker = new ContradictionCheckerBuilder().UseDefaultPack().Build();
    var seedFolder = parse.GetValue(seeds) ?? Repository.Seeds;
    var documents = Directory.GetFiles(seedFolder, "*.txt").Order(StringComparer.Ordinal).Select(SourceDocument.FromFile).ToList();
    var directory = parse.GetValue(output)!;
    var manifest = new CorpusGenerator(checker, documents).Write(directory, CorpusGenerator.ParseSize(parse.GetValue(size)!), parse.GetValue(seed));
    File.WriteAllLines(Path.Combine(directory, "trigger-terms.lst"), TriggerTerms.Of(checker.Pack));
    Console.WriteLine($"{manifest.Articles} articles, {manifest.Bytes} bytes, {manifest.Planted.Count} planted claims in {directory}");
    return 0;
});
var root = new RootCommand("Contradictions benchmarks: `generate` writes a corpus; other arguments go to BenchmarkDotNet") { generate };
return root.Parse(args).Invoke();
