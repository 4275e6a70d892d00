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
    }

    /// <summary>Reads one assertion from a parsed JSON object.</summary>
    /// <exception cref="FormatException">When a required field is missing or malformed; the message names the field.</exception>
    public static Assertion Read(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("an assertion must be a JSON object");
        }

        var value = OptionalString(json, "value");
        // A date left open (relative, with nothing to count from) has its words and no interval.
        var hasDate = json.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.Object;
        var date = hasDate && !Flag(d, "open")
            ? new DateInterval(Day(d, "start"), Day(d, "end"))
            : (DateInterval?)null;
        var qualifiers = json.TryGetProperty("qualifiers", out var q) && q.ValueKind == JsonValueKind.Object
            ? q.EnumerateObject()
                .Select(p => new Qualifier(p.Name, p.Value.GetString() ?? throw new FormatException($"qualifier '{p.Name}' must be a string"), p.Value.GetString()!))
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
        };
    }

    private static string String(JsonElement json, string name) =>
        OptionalString(json, name) ?? throw new FormatException($"missing '{name}'");

    private static string? OptionalString(JsonElement json, string name) =>
        !json.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null ? null
        : p.ValueKind == JsonValueKind.String ? p.GetString()
        : throw new FormatException($"'{name}' must be a string");

    private static int Number(JsonElement json, string name) =>
        json.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out var n)
            ? n
            : throw new FormatException($"missing or malformed '{name}' (a whole number)");

    private static bool Flag(JsonElement json, string name) =>
        json.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.True;

    private static DateOnly Day(JsonElement json, string name) =>
        DateOnly.TryParseExact(OptionalString(json, name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new FormatException($"missing or malformed 'date.{name}' (yyyy-mm-dd)");

    private static T Word<T>(JsonElement json, string name)
        where T : struct, Enum =>
        Enum.TryParse<T>(String(json, name), ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw new FormatException($"'{name}' must be one of: {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}");
}
