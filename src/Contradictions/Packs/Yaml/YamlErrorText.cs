using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace Contradictions.Packs.Yaml;

/// <summary>
/// YamlDotNet's error messages in the words of the file's author: positions, which the caller prints itself, and the
/// .NET types a file is read into are left out; an unknown property becomes an unknown key.
/// </summary>
internal static partial class YamlErrorText
{
    /// <summary>The message of the innermost exception, as YamlDotNet wrote it.</summary>
    public static string Raw(YamlException e) => Innermost(e).Message;

    /// <summary>The message, cleaned for the author of the file.</summary>
    public static string Of(YamlException e) => Clean(Raw(e));

    /// <summary>True when the message is about a key the target type does not have.</summary>
    public static bool IsUnknownKey(string raw) =>
        raw.Contains("not found on type", StringComparison.Ordinal) || raw.Contains("Property", StringComparison.Ordinal);

    /// <summary>True when the cleaned message says a value has the wrong shape (a list for a scalar, say).</summary>
    public static bool IsWrongShape(string cleaned) => cleaned.StartsWith(NotExpected, StringComparison.Ordinal);

    private const string NotExpected = "this is not what the key expects here";

    private const string WrongShape = NotExpected + " (a list, a key: value mapping, or a single value)";

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;

    private static string Clean(string message)
    {
        // YamlDotNet prefixes positions like "(Line: 3, Col: 5, Idx: 40) - (Line: ...): ", or ends with
        // " (at Line: 3, Col: 5, Idx: 40)."; the caller already has them.
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        message = index >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(index + 3)..] : message;
        message = TrailingPosition().Replace(message, string.Empty);

        if (message.StartsWith("No node deserializer was able to deserialize the node into type", StringComparison.Ordinal))
        {
            return WrongShape;
        }

        // "Expected 'MappingStart', got 'SequenceStart'" and "Invalid cast from 'System.String' to 'List`1[...]'" name
        // the parser's events and .NET types; the author wrote one shape where the key takes another.
        if (ExpectedEvent().Match(message) is { Success: true } expected)
        {
            return Shapes(Shape(expected.Groups["got"].Value), Shape(expected.Groups["expected"].Value));
        }

        if (InvalidCast().Match(message) is { Success: true } cast)
        {
            return Shapes(Shape(cast.Groups["from"].Value), Shape(cast.Groups["to"].Value));
        }

        return UnknownKey().Match(message) is { Success: true } unknown ? $"unknown key '{unknown.Groups["key"].Value}'" : message;
    }

    private static string Shapes(string? found, string? expected) =>
        found is null || expected is null || found == expected ? WrongShape : $"{NotExpected}: {found}, where it takes {expected}";

    /// <summary>A parser event or a .NET type in the words of a YAML file, or null for one that has none.</summary>
    private static string? Shape(string name) => name switch
    {
        "MappingStart" => "a key: value mapping",
        "SequenceStart" => "a list",
        "Scalar" or "System.String" => "a single value",
        _ when name.StartsWith("System.Collections.Generic.List`1", StringComparison.Ordinal) => "a list",
        _ when name.StartsWith("System.Collections.Generic.Dictionary`2", StringComparison.Ordinal) => "a key: value mapping",
        // The shapes of pack, test and gold files: each a key: value mapping.
        _ when name.StartsWith("Contradictions.", StringComparison.Ordinal) => "a key: value mapping",
        _ => null,
    };

    [GeneratedRegex(@"^Expected '(?<expected>\w+)', got '(?<got>\w+)'\.?$")]
    private static partial Regex ExpectedEvent();

    [GeneratedRegex(@"^Invalid cast from '(?<from>[^']*)' to '(?<to>.*)'\.?$")]
    private static partial Regex InvalidCast();

    [GeneratedRegex(@" \(at Line: \d+, Col: \d+, Idx: \d+\)\.?$")]
    private static partial Regex TrailingPosition();

    [GeneratedRegex(@"^Property '(?<key>[^']*)' not found on type '[^']*'\.$")]
    private static partial Regex UnknownKey();
}
