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
    public static bool IsWrongShape(string cleaned) => cleaned.StartsWith(WrongShape, StringComparison.Ordinal);

    private const string WrongShape = "this is not what the key expects here (a list, a key: value mapping, or a single value)";

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

        return UnknownKey().Match(message) is { Success: true } unknown ? $"unknown key '{unknown.Groups["key"].Value}'" : message;
    }

    [GeneratedRegex(@" \(at Line: \d+, Col: \d+, Idx: \d+\)\.?$")]
    private static partial Regex TrailingPosition();

    [GeneratedRegex(@"^Property '(?<key>[^']*)' not found on type '[^']*'\.$")]
    private static partial Regex UnknownKey();
}
