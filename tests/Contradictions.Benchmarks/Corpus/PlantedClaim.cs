namespace Contradictions.Benchmarks.Corpus;

/// <summary>A sentence that, placed anywhere on a line of its own, is one side of a conflict the pack reports.</summary>
/// <param name="Rule">The rule whose finding the sentence is evidence for.</param>
/// <param name="Side">The side of the finding it stands on.</param>
/// <param name="Quote">The sentence.</param>
public sealed record PlantedClaim(string Rule, string Side, string Quote);

/// <summary>Where a generated corpus carries a planted claim.</summary>
/// <param name="File">The article's path, relative to the corpus folder, with '/' separators.</param>
/// <param name="Line">1-based line of the sentence.</param>
/// <param name="Claim">The claim planted there.</param>
public sealed record PlantedSite(string File, int Line, PlantedClaim Claim);

/// <summary>What a generated corpus holds.</summary>
/// <param name="Articles">How many articles were written.</param>
/// <param name="Bytes">Their size in UTF-8 bytes.</param>
/// <param name="Planted">Every planted claim, in file order.</param>
public sealed record CorpusManifest(int Articles, long Bytes, IReadOnlyList<PlantedSite> Planted);
