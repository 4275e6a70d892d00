using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using YamlDotNet.Serialization.NamingConventions;

namespace Contradictions.Packs.Yaml;

/// <summary>
/// Finds values a pack file gives but leaves empty: a list item that is <c>~</c> or <c>""</c>, a key with a blank
/// value. Every later step may then rely on names and words having text.
/// </summary>
internal static class EmptyValues
{
    /// <summary>Each empty value, as the object it belongs to (whose position is known) and what is wrong.</summary>
    public static List<(object At, string Message)> Find(object dto)
    {
        var found = new List<(object, string)>();
        Visit(dto, found);
        return found;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Every pack-file shape is kept by YamlShapes.")]
    private static void Visit(object dto, List<(object, string)> found)
    {
        foreach (var property in dto.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var key = HyphenatedNamingConvention.Instance.Apply(property.Name);
            switch (property.GetValue(dto))
            {
                case string text when string.IsNullOrWhiteSpace(text):
                    found.Add((dto, $"'{key}' is empty"));
                    break;
                case IDictionary map:
                    foreach (DictionaryEntry entry in map)
                    {
                        if (string.IsNullOrWhiteSpace(entry.Key as string) || IsEmpty(entry.Value))
                        {
                            found.Add((dto, $"'{key}' has an empty key or value"));
                            break;
                        }
                    }

                    break;
                case IList list:
                    foreach (var item in list)
                    {
                        if (IsEmpty(item))
                        {
                            found.Add((dto, $"'{key}' has an empty item"));
                            break;
                        }

                        if (item is not string and not IEnumerable)
                        {
                            Visit(item!, found);
                        }
                    }

                    break;
                case { } nested when nested.GetType().Namespace == typeof(EmptyValues).Namespace:
                    Visit(nested, found);
                    break;
            }
        }
    }

    private static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string text => string.IsNullOrWhiteSpace(text),
        IDictionary map => map.Keys.Cast<object>().Any(k => IsEmpty(k)) || map.Values.Cast<object?>().Any(IsEmpty),
        IList list => list.Cast<object?>().Any(IsEmpty),
        _ => false,
    };
}
