using Contradictions.Evaluation.Yaml;

namespace Contradictions.Evaluation;

/// <summary>
/// Reads a conflict list, <c>conflicts.yaml</c>: under <c>conflicts:</c>, each conflict a good check should report,
/// with <c>id</c>, the sides <c>a</c> and <c>b</c> (lists of <c>[article, line]</c> and perhaps the word
/// <c>reference</c>) and a <c>note</c>.
/// </summary>
public static class ConflictListReader
{
    /// <summary>The name the list has in the folder it describes.</summary>
    public const string FileName = "conflicts.yaml";

    private const string Hint = "a conflict list has 'conflicts', each with id, a, b and note; a side lists [article, line] pairs and may hold the word reference";

    /// <summary>Reads a conflict list.</summary>
    /// <param name="path">The file's path.</param>
    /// <exception cref="GoldFileException">
    /// When the file cannot be read, is not valid YAML, has an unknown or repeated key, a conflict without an id or a
    /// side, an id given twice, or a side item that is neither <c>[article, line]</c> nor <c>reference</c>.
    /// </exception>
    public static IReadOnlyList<ListedConflict> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var yaml = new GoldYaml(path, Hint);
        var dto = yaml.Deserialize<ConflictListDto>(yaml.ReadText(), new SideItemConverter());
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var conflicts = new List<ListedConflict>();
        foreach (var (conflict, number) in (dto.Conflicts ?? []).Select((c, i) => (c, i + 1)))
        {
            if (conflict is null || string.IsNullOrWhiteSpace(conflict.Id))
            {
                // An empty item has no object whose place was recorded; its number finds it.
                throw conflict is null ? yaml.WholeFileError($"conflict {number} under 'conflicts' is empty") : yaml.Error(conflict, "the conflict has no 'id'");
            }

            if (!ids.Add(conflict.Id))
            {
                throw yaml.Error(conflict, $"the id '{conflict.Id}' is given twice");
            }

            conflicts.Add(new ListedConflict(conflict.Id, Side(yaml, conflict, conflict.A, "a"), Side(yaml, conflict, conflict.B, "b"), conflict.Note));
        }

        return conflicts;
    }

    private static ConflictSide Side(GoldYaml yaml, ListedConflictDto conflict, List<SideItem>? items, string key) =>
        items is { Count: > 0 } && items.TrueForAll(i => i is not null)
            ? new ConflictSide(items.Where(i => i.At is not null).Select(i => i.At!).ToList(), items.Exists(i => i.At is null))
            : throw yaml.Error(conflict, $"conflict '{conflict.Id}' has no side '{key}', or an empty item in it");
}
