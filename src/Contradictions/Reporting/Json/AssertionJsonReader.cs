using System.Globalization;
using System.Text.Json;
using Contradictions.Claims;
using Contradictions.Claims.Normalizers;
using Contradictions.Text;

namespace Contradictions.Reporting.Json;

/// <summary>
/// Reads assertions back from the JSON that <see cref="JsonReportWriter.ToJson(Assertion)"/> writes, with the same
/// names: one object per line in <c>extract --format jsonl</c>. This is how a check runs on assertions extracted
/// elsewhere, without the texts: the quote travels inside each assertion.
/// </summary>
public static class AssertionJsonReader
{
    /// <summary>The longest line of JSON Lines read as one assertion, in characters (65,536); a longer line is refused unread.</summary>
    public const int MaxLineLength = 65_536;

    /// <summary>The longest string field (a quote, an id, a date's words), in characters (8,192): a sentence is far shorter.</summary>
    public const int MaxStringLength = 8_192;

    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal)
    {
        "id", "source", "file", "line", "column", "offset", "length", "subject", "subjectText", "subjectInferred", "predicate", "value",
        "valueText", "object", "date", "factor", "qualifiers", "polarity", "modality", "holds", "published", "pattern", "reference", "quote", "explain",
    };

    private static readonly HashSet<string> DateFields = new(StringComparer.Ordinal) { "text", "start", "end", "open" };

    private static readonly HashSet<string> FactorFields = new(StringComparer.Ordinal) { "text", "low", "high" };

    /// <summary>Reads one assertion from one JSON object.</summary>
    /// <param name="json">The object, as one line of JSON Lines or any JSON text.</param>
    /// <returns>
    /// The assertion. A qualifier's <see cref="Qualifier.Text"/> is not in the JSON; it is set to the qualifier's
    /// value id, which is what reports use.
    /// </returns>
    /// <exception cref="ArgumentNullException">When <paramref name="json"/> is null.</exception>
    /// <exception cref="FormatException">When the text is not JSON or a required field is missing or malformed; the message names the field.</exception>
    public static Assertion Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new FormatException($"not JSON: {e.Message}", e);
        }
        catch (InvalidOperationException e)
        {
            // A string that is not valid UTF-16 once unescaped (a lone surrogate such as \ud800).
            throw new FormatException("a string holds a lone surrogate (such as \\ud800), which is not text; write the line as UTF-8 text", e);
        }
    }

    /// <summary>Reads one assertion from a parsed JSON object.</summary>
    /// <exception cref="FormatException">When a required field is missing or malformed; the message names the field.</exception>
    public static Assertion Read(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("an assertion must be a JSON object");
        }

        OnlyKnown(json, Fields, string.Empty);
        var value = OptionalString(json, "value");
        // A date left open (relative, with nothing to count from) has its words and no interval.
        var hasDate = Present(json, "date", JsonValueKind.Object, "an object", out var d);
        if (hasDate)
        {
            OnlyKnown(d, DateFields, "date.");
        }

        var date = hasDate && !Flag(d, "open")
            ? new DateInterval(Day(d, "start"), Day(d, "end"))
            : (DateInterval?)null;
        var qualifiers = Present(json, "qualifiers", JsonValueKind.Object, "an object", out var q)
            ? q.EnumerateObject()
                .Select(p => Qualifier(p))
                .OrderBy(x => x.Name, StringComparer.Ordinal).ThenBy(x => x.Value, StringComparer.Ordinal)
                .ToList()
            : [];
        return new Assertion(
            String(json, "id"),
            String(json, "source"),
            String(json, "subject"),
            OptionalString(json, "subjectText") ?? String(json, "subject"),
            Flag(json, "subjectInferred"),
            String(json, "predicate"),
            value is null ? null : new ClaimValue(value, OptionalString(json, "valueText") ?? value),
            OptionalString(json, "object"),
            date,
            hasDate ? OptionalString(d, "text") : null,
            qualifiers,
            Word<Polarity>(json, "polarity"),
            Word<Modality>(json, "modality"),
            new SourceLocation(Number(json, "line"), Number(json, "column"), Number(json, "offset"), Number(json, "length")),
            String(json, "quote"),
            String(json, "pattern"))
        {
            IsReference = Flag(json, "reference"),
            File = OptionalString(json, "file"),
            Factor = Present(json, "factor", JsonValueKind.Object, "an object", out var f) ? Factor(f) : null,
            Bound = OptionalString(json, "holds") is null ? TimeBound.None : Word<TimeBound>(json, "holds"),
            Published = OptionalString(json, "published") is null ? null : Published(json),
        };
    }

    private static Factor Factor(JsonElement json)
    {
        OnlyKnown(json, FactorFields, "factor.");
        var low = Decimal(json, "low");
        var high = Decimal(json, "high");
        return low > 0 && high >= low
            ? new Factor(low, high, Checked(OptionalString(json, "text") ?? string.Empty, "'factor.text'"))
            : throw new FormatException("'factor.low' must be above 0 and 'factor.high' at least 'factor.low'");
    }

    private static decimal Decimal(JsonElement json, string name) =>
        json.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number && p.TryGetDecimal(out var number)
            ? number
            : throw new FormatException($"missing or malformed 'factor.{name}' (a number)");

    private static void OnlyKnown(JsonElement json, HashSet<string> known, string prefix)
    {
        foreach (var property in json.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                throw new FormatException($"unknown field '{prefix}{Shown(property.Name)}' (use one of: {string.Join(", ", known)})");
            }
        }
    }

    /// <summary>A name as a message shows it: at most 40 characters.</summary>
    private static string Shown(string name) => name.Length <= 40 ? name : name[..40] + "\u2026";

    private static bool Present(JsonElement json, string name, JsonValueKind kind, string shape, out JsonElement value) =>
        json.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null
        && (value.ValueKind == kind ? true : throw new FormatException($"'{name}' must be {shape}, not {Kind(value)}"));

    private static Qualifier Qualifier(JsonProperty p)
    {
        var name = Checked(p.Name, $"qualifier name '{Shown(p.Name)}'");
        var value = p.Value.ValueKind == JsonValueKind.String
            ? Checked(p.Value.GetString()!, $"qualifier '{name}'")
            : throw new FormatException($"qualifier '{name}' must be a string, not {Kind(p.Value)}");
        return new Qualifier(name, value, value);
    }

    private static string Checked(string text, string what) =>
        text.Length > MaxStringLength
            ? throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{what} is {text.Length:N0} characters long, over the limit of {MaxStringLength:N0}"))
            : text;

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };

    private static string String(JsonElement json, string name) =>
        OptionalString(json, name) ?? throw new FormatException($"missing '{name}'");

    private static string? OptionalString(JsonElement json, string name) =>
        !json.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null ? null
        : p.ValueKind == JsonValueKind.String ? Checked(p.GetString()!, $"'{name}'")
        : throw new FormatException($"'{name}' must be a string, not {Kind(p)}");

    private static int Number(JsonElement json, string name) =>
        json.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out var n)
            ? n
            : throw new FormatException($"missing or malformed '{name}' (a whole number)");

    private static bool Flag(JsonElement json, string name) =>
        json.TryGetProperty(name, out var p) && p.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False or JsonValueKind.Null => false,
            _ => throw new FormatException($"'{name}' must be true or false, not {Kind(p)}"),
        };

    private static DateOnly Day(JsonElement json, string name) =>
        DateOnly.TryParseExact(OptionalString(json, name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new FormatException($"missing or malformed 'date.{name}' (yyyy-mm-dd)");

    private static DateOnly Published(JsonElement json) =>
        DateOnly.TryParseExact(OptionalString(json, "published"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new FormatException("malformed 'published' (yyyy-mm-dd)");

    private static T Word<T>(JsonElement json, string name)
        where T : struct, Enum =>
        Enum.TryParse<T>(String(json, name), ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw new FormatException($"'{name}' must be one of: {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}");
}
