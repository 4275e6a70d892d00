using System.Globalization;
using System.Text;
using Contradictions.Reporting.Json;

namespace Contradictions.Cli;

/// <summary>
/// The lines of a JSON Lines stream, each at most <see cref="AssertionJsonReader.MaxLineLength"/> characters: a longer
/// line is passed over without being held, with a problem in its place, so that a stream with no line end (a device,
/// a huge line) never fills memory. A NUL character ends the reading: JSON text never holds one, so the stream is not
/// JSON Lines.
/// </summary>
internal static class AssertionLines
{
    /// <summary>Each non-blank line with its number, or a problem for a line that cannot be one assertion.</summary>
    public static IEnumerable<(int Number, string? Line, string? Problem)> Read(TextReader reader)
    {
        var buffer = new char[8192];
        var line = new StringBuilder();
        var number = 1;
        var tooLong = false;
        int count;
        while ((count = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < count; i++)
            {
                var c = buffer[i];
                if (c == '\0')
                {
                    yield return (number, null, "a NUL character: this is not JSON Lines text; the rest of the stream is not read");
                    yield break;
                }

                if (c != '\n')
                {
                    if (line.Length < AssertionJsonReader.MaxLineLength)
                    {
                        line.Append(c);
                    }
                    else
                    {
                        tooLong = true;
                    }

                    continue;
                }

                if (End(line, tooLong, number) is { } done)
                {
                    yield return done;
                }

                line.Clear();
                tooLong = false;
                number++;
            }
        }

        if (End(line, tooLong, number) is { } last)
        {
            yield return last;
        }
    }

    private static (int, string?, string?)? End(StringBuilder line, bool tooLong, int number)
    {
        if (tooLong)
        {
            return (number, null, string.Create(CultureInfo.InvariantCulture, $"the line is longer than {AssertionJsonReader.MaxLineLength:N0} characters, the limit for one assertion; it is skipped"));
        }

        var text = line.ToString().TrimEnd('\r');
        return string.IsNullOrWhiteSpace(text) ? null : (number, text, null);
    }
}
