using System.Runtime.CompilerServices;
using Contradictions.Packs.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.NodeDeserializers;

namespace Contradictions.Packs;

/// <summary>
/// The YAML reader of every pack-shaped file (pack files, pack tests, gold files): hyphenated keys, unknown and
/// repeated keys refused, and where each object started remembered in the marks, for errors found after reading.
/// </summary>
internal static class StrictYaml
{
    public static DeserializerBuilder Builder(ConditionalWeakTable<object, StrongBox<Mark>> marks) => YamlShapes.NewDeserializerBuilder()
        .WithNamingConvention(HyphenatedNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .WithNodeDeserializer(inner => new MarkRecorder(inner, marks), s => s.InsteadOf<ObjectNodeDeserializer>());
}
