using System.Runtime.CompilerServices;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Contradictions.Packs;

/// <summary>Remembers where in its file each deserialized object started, so that errors found later can name a line and column.</summary>
internal sealed class MarkRecorder(INodeDeserializer inner, ConditionalWeakTable<object, StrongBox<Mark>> marks) : INodeDeserializer
{
    public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
    {
        var start = reader.Current?.Start ?? Mark.Empty;
        if (!inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer))
        {
            return false;
        }

        if (value is not null)
        {
            marks.AddOrUpdate(value, new StrongBox<Mark>(start));
        }

        return true;
    }
}
