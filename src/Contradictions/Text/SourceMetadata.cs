using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Contradictions.Text;

/// <summary>The sidecar file beside an article: <c>article.txt</c> has <c>article.meta.yaml</c>.</summary>
internal sealed class SourceMetadata
{
    public string? Title { get; set; }

    public string? Publisher { get; set; }

    public DateOnly? Published { get; set; }

    public string? Url { get; set; }

    // Not a property: the YAML reader sees properties, and a sidecar has no key for this.
    private Headline? headline;

    /// <summary>The title as a claim of the article, placed in the sidecar: <see langword="null"/> without a title.</summary>
    public Headline? Headline() => headline;

    public static string SidecarPath(string articlePath) =>
        Path.ChangeExtension(articlePath, ".meta.yaml");

    /// <summary>The largest sidecar read, in bytes (65,536): four values need far less.</summary>
    public const long MaxFileBytes = 64 * 1024;

    /// <summary>The longest value (a title, a publisher, a URL), in characters.</summary>
    public const int MaxValueLength = 1_000;

    private const string Keys = "use one of: title, publisher, published (yyyy-mm-dd), url";

    public static SourceMetadata? ReadSidecar(string articlePath)
    {
        var path = SidecarPath(articlePath);
        if (!File.Exists(path))
        {
            return null;
        }

        string text;
        try
        {
            text = Files.LimitedFile.ReadAllText(path, MaxFileBytes, "a sidecar");
        }
        catch (Files.LimitedFileException e)
        {
            throw new SourceMetadataException($"{path}: {e.Message}", e);
        }

        return Parse(text, path);
    }

    /// <summary>Reads sidecar metadata from its text; <paramref name="path"/> names it in errors.</summary>
    /// <exception cref="SourceMetadataException">When the text is not sidecar metadata, or a value is too long.</exception>
    public static SourceMetadata Parse(string text, string path)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(HyphenatedNamingConvention.Instance)
            .WithDuplicateKeyChecking()
            .WithTypeConverter(new DateOnlyConverter())
            .Build();
        SourceMetadata metadata;
        try
        {
            metadata = deserializer.Deserialize<SourceMetadata>(text) ?? new SourceMetadata();
        }
        catch (YamlException e)
        {
            throw new SourceMetadataException($"{path}:{e.Start.Line}:{e.Start.Column}: {Packs.Yaml.YamlErrorText.Of(e)} ({Keys})", e);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // Some malformed input (an unclosed flow list, an invalid tag) fails inside the YAML reader instead (found by fuzzing).
            throw new SourceMetadataException($"{path}: the YAML cannot be read; check its brackets and quotes ({Keys})", e);
        }

        foreach (var (key, value) in new[] { ("title", metadata.Title), ("publisher", metadata.Publisher), ("url", metadata.Url) })
        {
            if (value?.Length > MaxValueLength)
            {
                throw new SourceMetadataException(string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"{path}: the {key} is {value.Length:N0} characters long, over the limit of {MaxValueLength:N0}; shorten it"));
            }
        }

        if (metadata.Title is { Length: > 0 } title)
        {
            metadata.headline = HeadlineOf(title, text, path);
        }

        return metadata;
    }

    /// <summary>
    /// The title where the sidecar writes it, each character at its own place: a title folded over lines, quoted or
    /// written as a block is aligned to the value's text, as a page's text is to its markup.
    /// </summary>
    private static Headline? HeadlineOf(string title, string text, string path)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        var isKey = true;
        var titleNext = false;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case YamlDotNet.Core.Events.MappingStart:
                        depth++;
                        isKey = true;
                        break;
                    case YamlDotNet.Core.Events.MappingEnd:
                        depth--;
                        break;
                    case YamlDotNet.Core.Events.Scalar scalar when depth == 1:
                        if (!isKey && titleNext)
                        {
                            var words = new Formats.ReadableTextBuilder(text);
                            words.AppendAligned(title.ReplaceLineEndings(" ").Replace('\t', ' '), (int)Math.Min(scalar.Start.Index, text.Length), (int)Math.Min(scalar.End.Index, text.Length));
                            return new Headline(words.Build(), Path.GetFileName(path), new LineIndex(text));
                        }

                        titleNext = isKey && scalar.Value == "title";
                        isKey = !isKey;
                        break;
                }
            }
        }
        catch (YamlException)
        {
            // Read once already; a second reading that fails leaves the title unplaced, and so not read as a claim.
        }

        return null;
    }

    private sealed class DateOnlyConverter : IYamlTypeConverter
    {
        public bool Accepts(Type type) => type == typeof(DateOnly) || type == typeof(DateOnly?);

        public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
        {
            var scalar = parser.Consume<YamlDotNet.Core.Events.Scalar>();
            return DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new YamlException(scalar.Start, scalar.End, $"'{scalar.Value}' is not a date; write it as yyyy-mm-dd");
        }

        public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
            throw new NotSupportedException();
    }
}
