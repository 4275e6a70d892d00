using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Contradictions.Reporting.Json;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> whose bytes go on to a <see cref="TextWriter"/> a chunk at a time, so that a report
/// is never held whole in memory; the JSON and SARIF writers share it and its settings.
/// </summary>
internal static class StreamingJson
{
    /// <summary>The reports' layout: two-space indents, LF line ends, non-ASCII letters as they are.</summary>
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // The writer's buffer is handed on once it holds this much; it grows past it only by one item.
    private const int ChunkBytes = 64 * 1024;

    /// <summary>Runs <paramref name="write"/> over a JSON writer into <paramref name="output"/>, then a final LF.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using (var sink = new DecodingStream(output))
        using (var json = new Utf8JsonWriter(sink, Options))
        {
            write(json);
            json.Flush();
        }

        output.Write('\n');
    }

    /// <summary>Hands the buffered bytes on when they are a chunk's worth; call it between the items of a long array.</summary>
    public static void FlushWhenFull(Utf8JsonWriter json)
    {
        if (json.BytesPending >= ChunkBytes)
        {
            json.Flush();
        }
    }

    /// <summary>Writes the property only when it has a value: the reports leave absent fields out.</summary>
    public static void StringIfAny(this Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>Writes <c>"name": true</c> only when true: the reports leave false flags out.</summary>
    public static void TrueIfSet(this Utf8JsonWriter json, string name, bool value)
    {
        if (value)
        {
            json.WriteBoolean(name, true);
        }
    }

    /// <summary>An array of strings under <paramref name="name"/>.</summary>
    public static void Strings(this Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>An array under <paramref name="name"/>, each item written by <paramref name="item"/>, flushed as it grows.</summary>
    public static void Array<T>(this Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> item)
    {
        json.WriteStartArray(name);
        foreach (var value in items)
        {
            item(json, value);
            FlushWhenFull(json);
        }

        json.WriteEndArray();
    }

    /// <summary>UTF-8 bytes in, characters out to the text writer; a character split across two writes is kept whole.</summary>
    private sealed class DecodingStream(TextWriter output) : Stream
    {
        private readonly Decoder decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        private readonly char[] chars = new char[ChunkBytes];

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            while (!buffer.IsEmpty)
            {
                decoder.Convert(buffer, chars, flush: false, out var used, out var produced, out _);
                output.Write(chars, 0, produced);
                buffer = buffer[used..];
            }
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        // The text writer is the caller's: it is flushed, or not, as the caller decides.
        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
