namespace Contradictions.Packs.Sections;

/// <summary>
/// Reads the <c>lexicons:</c> and <c>lexicon-anaphors:</c> sections: named word lists that frames share, and the
/// words that stand for one of their phrases said shortly before.
/// </summary>
internal sealed class LexiconReader(SectionContext context)
{
    public (Dictionary<string, IReadOnlyList<string>> Lexicons, Dictionary<string, IReadOnlyList<string>> Anaphors) Read(IReadOnlyList<PackFile> packFiles)
    {
        var lexicons = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var lexiconLayers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (path, file) in packFiles)
        {
            context.SetFile(file, path);
            foreach (var (id, words) in file.Lexicons ?? [])
            {
                // As with every other id, a later layer's lexicon replaces an earlier one; within a layer it is a duplicate.
                if (lexiconLayers.TryGetValue(id, out var earlierLayer) && earlierLayer == context.Layer(file))
                {
                    context.Error(file, "CTR200", $"duplicate lexicon id '{id}'", "lexicon ids are shared by the whole pack; rename one, or add the words to the first");
                }

                lexicons[id] = words;
                lexiconLayers[id] = context.Layer(file);
            }
        }

        var anaphors = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (_, file) in packFiles)
        {
            foreach (var (id, words) in file.LexiconAnaphors ?? [])
            {
                if (!lexicons.ContainsKey(id))
                {
                    context.Error(file, "CTR207", $"lexicon-anaphors name unknown lexicon '{id}'", $"name a lexicon defined under 'lexicons:'; known: {string.Join(", ", lexicons.Keys.Order(StringComparer.Ordinal))}");
                    continue;
                }

                anaphors[id] = words;
            }
        }

        return (lexicons, anaphors);
    }
}
