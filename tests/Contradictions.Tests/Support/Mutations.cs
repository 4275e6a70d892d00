using System.Text;

namespace Contradictions.Tests.Support;

/// <summary>
/// Random, replayable damage to text: lines dropped, doubled, swapped or re-indented, spans cut or repeated, and
/// hostile fragments inserted (YAML syntax, regular expression traps, control characters, markup). The same seed
/// always does the same damage.
/// </summary>
internal static class Mutations
{
    /// <summary>Fragments that have broken parsers before: YAML syntax, regular expression traps, odd characters.</summary>
    public static readonly string[] Hostile =
    [
        "~", "null", "\"\"", "''", "[]", "{}", "[~]", "[\"\"]", "- ", ": ", "- ~\n", "&a ", "*a", "&a [x, y]", "[*a, *a, *a]", "<<: *a",
        "!!binary aGk=", "!!int ", "!!map {}", "|\n  ", ">\n  ", "#", "\t", "\n", "\r\n", "---\n", "...\n", "%YAML 1.2\n", "?", "? x\n: y\n",
        "{subject}", "{object}", "{...}", "{date}", "{value}", "{indication*}", "{nowhere}", "{subject*}", "(", ")", "[", "]", "\\", "\\1",
        "(?<!x)", "(?=", "(a+)+", "(a|aa)*", "(?<subject>x)", "{0,99999}", ".*.*.*", "(?'a'b)", "(?(x)y|z)",
        "id: x\n", "id: approval\n", "id: ketamine\n", "parent: pain\n", "parent: chronic-pain\n", "value: enum\n", "relations:\n  - contains: spravato\n",
        "months: [a]\n", "scope: nowhere\n", "kind: polarity\n", "kind: exclusive-values\n", "compare: indication\n", "date: 13/13/13\n",
        "\0", "\u0001", "\u00A0", "\u2028", "\u200B", "\uFEFF", "\uFFFD", "\uD800", "\uDC00", "\U0001F600", "\u202E",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "| a | b |", "```", "`", "**", "_",
        "Ketamine", "ketamine", "it", "the drug", "Spravato", "esketamine", "FDA", "DEA", "1970", "the early 1960s", "March 5, 2019",
        "Schedule III", "NMDA receptor antagonist", "was approved by the FDA in 1970", "does not cause respiratory depression", ". ", "! ", "? ",
    ];

    public static string Mutate(string text, Random random, int edits)
    {
        for (var i = 0; i < edits; i++)
        {
            text = Once(text, random);
        }

        return text;
    }

    private static string Once(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        var at = random.Next(text.Length + 1);
        switch (random.Next(10))
        {
            case 0:
                lines.RemoveAt(line);
                return string.Join('\n', lines);
            case 1:
                lines.Insert(line, lines[line]);
                return string.Join('\n', lines);
            case 2:
                var other = random.Next(lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                return string.Join('\n', lines);
            case 3:
                lines[line] = new string(' ', random.Next(7)) + lines[line].TrimStart();
                return string.Join('\n', lines);
            case 4:
                var cut = random.Next(Math.Min(40, text.Length - at) + 1);
                return text.Remove(at, cut);
            case 5:
                var length = random.Next(Math.Min(60, text.Length - at) + 1);
                return text.Insert(at, string.Concat(Enumerable.Repeat(text.Substring(at, length), random.Next(2, 6))));
            case 6:
                return at == text.Length ? text : text.Remove(at, 1).Insert(at, ((char)random.Next(0x20, 0x7F)).ToString());
            case 7:
                return text[..at];
            default:
                return text.Insert(at, Hostile[random.Next(Hostile.Length)]);
        }
    }

    /// <summary>A short string of random characters, weighted towards those that mean something to YAML and regular expressions.</summary>
    public static string Noise(Random random, int length)
    {
        const string Significant = "-:[]{}()|*&!?#'\"\\ \n\t.,+^$<>%@`~";
        var text = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            text.Append(random.Next(3) switch
            {
                0 => Significant[random.Next(Significant.Length)],
                1 => (char)random.Next('a', 'z' + 1),
                _ => (char)random.Next(0, 0x3000),
            });
        }

        return text.ToString();
    }
}
