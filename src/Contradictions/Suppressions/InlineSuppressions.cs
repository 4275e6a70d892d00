using System.Text.RegularExpressions;

namespace Contradictions.Suppressions;

/// <summary>
/// The regions of an article where an editor silenced rules with markers, which Markdown and HTML do not render:
/// <c>&lt;!-- contradictions-disable rule-a rule-b --&gt;</c> up to <c>&lt;!-- contradictions-enable rule-a --&gt;</c>
/// (or the end of the file). A marker without rule ids applies to every rule.
/// </summary>
internal sealed partial class InlineSuppressions
{
    private const string AllRules = "*";
    private readonly List<(string Rule, int Start, int End, int Line)> regions;

    private InlineSuppressions(List<(string Rule, int Start, int End, int Line)> regions) => this.regions = regions;

    public static InlineSuppressions None { get; } = new([]);

    public static InlineSuppressions Read(string text)
    {
        if (!text.Contains("contradictions-", StringComparison.Ordinal))
        {
            return None;
        }

        var regions = new List<(string, int, int, int)>();
        var open = new Dictionary<string, (int Start, int Line)>(StringComparer.Ordinal);
        foreach (Match marker in Marker().Matches(text))
        {
            var rules = marker.Groups["rules"].Value.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var line = text.AsSpan(0, marker.Index).Count('\n') + 1;
            foreach (var rule in rules.Length == 0 ? [AllRules] : rules)
            {
                if (marker.Groups["verb"].Value == "disable")
                {
                    open.TryAdd(rule, (marker.Index + marker.Length, line));
                }
                else if (open.Remove(rule, out var start))
                {
                    regions.Add((rule, start.Start, marker.Index, start.Line));
                }
            }
        }

        regions.AddRange(open.Select(o => (o.Key, o.Value.Start, text.Length, o.Value.Line)));
        return new InlineSuppressions(regions);
    }

    /// <summary>The line of the marker that silences <paramref name="rule"/> at <paramref name="offset"/>, or null.</summary>
    public int? MarkerLine(string rule, int offset)
    {
        foreach (var (silenced, start, end, line) in regions)
        {
            if ((silenced == rule || silenced == AllRules) && offset >= start && offset < end)
            {
                return line;
            }
        }

        return null;
    }

    [GeneratedRegex(@"<!--\s*contradictions-(?<verb>disable|enable)(?<rules>(?:[\s,]+[\w.-]+)*)\s*-->", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
