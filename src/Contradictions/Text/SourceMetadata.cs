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

    public static string SidecarPath(string articlePath) =>
        Path.ChangeExtension(articlePath, ".meta.yaml");

    public static SourceMetadata? ReadSidecar(string articlePath)
    {
        var path = SidecarPath(articlePath);
        if (!File.Exists(path))
        {
            return null;
        }

        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(HyphenatedNamingConvention.Instance)
            .WithDuplicateKeyChecking()
            .WithTypeConverter(new DateOnlyConverter())
            .Build();
        try
        {
            return deserializer.Deserialize<SourceMetadata>(File.ReadAllText(path)) ?? new SourceMetadata();
        }
        catch (YamlException e)
        {
            throw new SourceMetadataException(
                $"{path}:{e.Start.Line}:{e.Start.Column}: {Innermost(e).Message} (expected keys: title, publisher, published as yyyy-mm-dd, url)",
                e);
        }
    }

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;

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
