using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Contradictions.Evaluation.Yaml;

#pragma warning disable CA1812, CA2227, CA1002 // Created by the YAML deserializer, which needs settable lists.

/// <summary>A conflict list as written: <c>conflicts:</c>, a list of conflicts.</summary>
internal sealed class ConflictListDto
{
    public List<ListedConflictDto>? Conflicts { get; set; }
}

/// <summary>One listed conflict as written: <c>id</c>, sides <c>a</c> and <c>b</c>, and a <c>note</c>.</summary>
internal sealed class ListedConflictDto
{
    public string? Id { get; set; }

    public List<SideItem>? A { get; set; }

    public List<SideItem>? B { get; set; }

    public string? Note { get; set; }
}
#pragma warning restore CA1812, CA2227, CA1002

/// <summary>One item of a side: <c>[article, line]</c>, or the word <c>reference</c> (then <see cref="At"/> is null).</summary>
internal sealed record SideItem(ArticleLine? At);

/// <summary>
/// Reads a side's item, which is either a two-number list or a word, something the deserializer cannot do by type;
/// anything else is a <see cref="YamlException"/> at its place.
/// </summary>
internal sealed class SideItemConverter : IYamlTypeConverter
{
    private const string Expected = "expected [article, line] or the word reference";

    public bool Accepts(Type type) => type == typeof(SideItem);

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        var start = parser.Current!;
        if (parser.TryConsume<Scalar>(out var word))
        {
            return word.Value == "reference" ? new SideItem(null) : throw new YamlException(word.Start, word.End, $"'{word.Value}': {Expected}");
        }

        if (!parser.TryConsume<SequenceStart>(out _))
        {
            throw new YamlException(start.Start, start.End, Expected);
        }

        var article = Number(parser, start);
        var line = Number(parser, start);
        return parser.TryConsume<SequenceEnd>(out _) && line >= 1
            ? new SideItem(new ArticleLine(article, line))
            : throw new YamlException(start.Start, start.End, $"{Expected}, with a line of 1 or more");
    }

    private static int Number(IParser parser, ParsingEvent item) =>
        parser.TryConsume<Scalar>(out var scalar) && int.TryParse(scalar.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new YamlException(item.Start, item.End, Expected);

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
        throw new NotSupportedException();
}
