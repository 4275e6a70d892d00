using System.Buffers;
using System.Net;

namespace Contradictions.Text.Formats;

/// <summary>Builds a <see cref="ReadableText"/> piece by piece, remembering where each character came from.</summary>
internal sealed class ReadableTextBuilder(string original)
{
    private readonly System.Text.StringBuilder text = new();
    private readonly List<int> origins = [];

    public int Length => text.Length;

    public char? Last => text.Length == 0 ? null : text[^1];

    /// <summary>What a character reference's name is made of, between its '&amp;' and ';'.</summary>
    private static readonly SearchValues<char> ReferenceName = SearchValues.Create("#0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>How far on a character that does not line up is looked for: the longest escape is shorter.</summary>
    private const int Resync = 8;

    public void Append(char c, int origin)
    {
        text.Append(c);
        origins.Add(origin);
    }

    /// <summary>Ends the current line, unless it is already ended; paragraphs, headings and list items are lines of their own.</summary>
    public void EndLine(int origin)
    {
        if (text.Length > 0 && text[^1] != '\n')
        {
            Append('\n', origin);
        }
    }

    /// <summary>A space between words, unless one already stands there.</summary>
    public void Space(int origin)
    {
        if (text.Length > 0 && text[^1] is not (' ' or '\n'))
        {
            Append(' ', origin);
        }
    }

    /// <summary>
    /// Appends <paramref name="decoded"/>, the text that the original from <paramref name="from"/> says once character
    /// references ("&amp;amp;"), escapes ("\*") and markup are read, giving each character its place in the original.
    /// Runs of white space become one space. Returns where in the original the text ended.
    /// </summary>
    public int AppendAligned(string decoded, int from, int limit)
    {
        limit = Math.Min(limit, original.Length);
        var at = Seek(decoded, from, limit);
        foreach (var c in decoded)
        {
            at = SkipIgnorable(at, limit);
            if (PlainProse.IsInvisible(c))
            {
                at = at < limit && original[at] == c ? at + 1
                    : at < limit && original[at] == '&' && Reference(at, limit) is { } hidden && hidden.Text == c.ToString() ? hidden.End
                    : at;
                continue;
            }

            // A reference comes first: "&amp;" stands for the '&' it starts with, and is passed whole.
            if (at < limit && original[at] is '&' or '\\' && Reference(at, limit) is { } reference && reference.Text.Contains(c, StringComparison.Ordinal))
            {
                // Every character a reference stands for points at the reference; the reference is passed once its last character is.
                Add(c, at);
                if (reference.Text[^1] == c)
                {
                    at = reference.End;
                }
            }
            else if (at < limit && original[at] == c)
            {
                Add(c, at++);
            }
            else if (at < limit && char.IsWhiteSpace(c) && char.IsWhiteSpace(original[at]))
            {
                // A run of white space is one space however the original spells it, such as a line break and an indent.
                Space(at);
                while (at < limit && char.IsWhiteSpace(original[at]))
                {
                    at++;
                }
            }
            else if (at < limit && !char.IsWhiteSpace(c) && original.IndexOf(c, at, Math.Min(Resync, limit - at)) is >= 0 and var ahead)
            {
                // An escape the decoding read ("''" in a quoted value, "\t"): the character stands a few places on.
                Add(c, ahead);
                at = ahead + 1;
            }
            else
            {
                // The two no longer line up: keep the text, pointing at the nearest place known.
                Add(c, Math.Min(at, Math.Max(0, original.Length - 1)));
            }
        }

        return at;
    }

    /// <summary>Adds a character of text; white space of any kind becomes one plain space.</summary>
    private void Add(char c, int origin)
    {
        if (char.IsWhiteSpace(c))
        {
            Space(origin);
        }
        else
        {
            Append(c, origin);
        }
    }

    public ReadableText Build() => new(text.ToString(), [.. origins], original.Length);

    /// <summary>Finds where the decoded text starts: the first place from <paramref name="from"/> whose first characters line up.</summary>
    private int Seek(string decoded, int from, int limit)
    {
        var probe = decoded.TrimStart();
        if (probe.Length == 0)
        {
            return from;
        }

        var first = probe[0];
        for (var at = SkipIgnorable(from, limit); at < limit; at = SkipIgnorable(at + 1, limit))
        {
            if (original[at] == first || (original[at] is '&' or '\\' && Reference(at, limit)?.Text.StartsWith(first) == true))
            {
                // A text node may start with white space the original spells out; point at it rather than past it.
                var start = at;
                while (start > from && char.IsWhiteSpace(original[start - 1]) && probe.Length < decoded.Length)
                {
                    start--;
                }

                return start;
            }
        }

        return from;
    }

    /// <summary>Skips markup between text: tags, comments and carriage returns.</summary>
    private int SkipIgnorable(int at, int limit)
    {
        while (at < limit)
        {
            if (original[at] == '\r')
            {
                at++;
            }
            else if (original[at] == '<' && at + 1 < limit && (char.IsLetter(original[at + 1]) || original[at + 1] is '/' or '!'))
            {
                var close = original.AsSpan(at).StartsWith("<!--", StringComparison.Ordinal)
                    ? original.IndexOf("-->", at, StringComparison.Ordinal) + 2
                    : original.IndexOf('>', at);
                if (close < 0 || close >= limit)
                {
                    return at;
                }

                at = close + 1;
            }
            else
            {
                return at;
            }
        }

        return at;
    }

    /// <summary>A character reference ("&amp;nbsp;", "&amp;#8217;") or a backslash escape at <paramref name="at"/>, and what it stands for.</summary>
    private (string Text, int End)? Reference(int at, int limit)
    {
        if (original[at] == '\\')
        {
            return at + 1 < limit && char.IsPunctuation(original[at + 1]) || at + 1 < limit && char.IsSymbol(original[at + 1])
                ? (original[(at + 1)..(at + 2)], at + 2)
                : null;
        }

        // A reference is named by letters and digits, or '#' and digits: "& B &amp; C;" is an '&' and a reference after it.
        var semicolon = original.IndexOf(';', at, Math.Min(33, limit - at));
        if (semicolon < 0 || original.AsSpan(at + 1, semicolon - at - 1).ContainsAnyExcept(ReferenceName))
        {
            return null;
        }

        // What HtmlDecode leaves as it is ("&D;") is no reference; "&amp;" is one, though it decodes to an '&'.
        var spelled = original[at..(semicolon + 1)];
        var decoded = WebUtility.HtmlDecode(spelled);
        return decoded.Length > 0 && decoded != spelled ? (decoded, semicolon + 1) : null;
    }
}
