using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Contradictions.Configuration;
using Contradictions.Evaluation.Yaml;
using Contradictions.Packs.Testing;
using Contradictions.Packs.Yaml;
using Contradictions.Text;

namespace Contradictions.Tests.Packs;

/// <summary>
/// The native tool keeps only the YAML shapes that code names (<see cref="YamlShapes"/>); a shape left out would fail
/// there alone. These tests walk each file's top-level type to every list, mapping and object it holds.
/// </summary>
public class YamlShapesTests
{
    /// <summary>The top-level types of pack files, rule files, pack tests, gold files, conflict lists and sidecars.</summary>
    private static readonly Type[] FileShapes = [typeof(PackFileDto), typeof(RuleDto), typeof(TestFileDto), typeof(GoldFileDto), typeof(ConflictListDto), typeof(SourceMetadata)];

    /// <summary>Types their own converters read, which YamlDotNet neither creates nor fills.</summary>
    private static readonly Type[] Converted = [typeof(SideItem), typeof(DateOnly)];

    [Test]
    public void EveryShapeOfThePackTestGoldAndSidecarFilesIsKept()
    {
        var kept = KeptBy(typeof(YamlShapes).GetMethod(nameof(YamlShapes.NewDeserializerBuilder))!);
        Assert.That(Reachable(FileShapes).Except(kept), Is.Empty);
    }

    [Test]
    public void EveryShapeOfTheConfigurationFileIsKept()
    {
        var dto = typeof(ProjectConfiguration).GetNestedType("Dto", BindingFlags.NonPublic)!;
        var kept = KeptBy(typeof(ProjectConfiguration).GetMethod("Deserializer", BindingFlags.NonPublic | BindingFlags.Static)!)
            .Concat(KeptBy(typeof(YamlShapes).GetMethod(nameof(YamlShapes.NewDeserializerBuilder))!));
        Assert.That(Reachable([dto]).Except(kept), Is.Empty);
    }

    private static IEnumerable<Type> KeptBy(MethodInfo method) =>
        method.GetCustomAttributes<DynamicDependencyAttribute>().Select(a => a.Type).OfType<Type>();

    /// <summary>Every type YamlDotNet creates or fills when it reads <paramref name="roots"/>.</summary>
    private static HashSet<Type> Reachable(IEnumerable<Type> roots)
    {
        var found = new HashSet<Type>();
        var pending = new Stack<Type>(roots);
        while (pending.TryPop(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type == typeof(string) || type.IsPrimitive || type.IsEnum || Converted.Contains(type) || !found.Add(type))
            {
                continue;
            }

            var parts = type.IsGenericType
                ? type.GetGenericArguments()
                : type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.PropertyType);
            foreach (var part in parts)
            {
                pending.Push(part);
            }
        }

        return found;
    }
}
