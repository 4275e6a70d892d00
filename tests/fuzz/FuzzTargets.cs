using System.Text;
using Contradictions.Cli;
using Contradictions.Packs;
using Contradictions.Reporting.Json;
using Contradictions.Text;

namespace Contradictions.Fuzz;

/// <summary>
/// One entry point per reader of untrusted input, each taking raw bytes as a coverage-guided fuzzer hands them over
/// (the shape of SharpFuzz's <c>Fuzzer.Run</c> action). A target returns normally for any input: the readers' own
/// refusals (a note, a <see cref="RulePackException"/>, a <see cref="FormatException"/>) are what bad input should
/// give; any other exception is a bug.
/// </summary>
internal static class FuzzTargets
{
    /// <summary>The targets by corpus folder name.</summary>
    public static readonly IReadOnlyDictionary<string, Action<byte[]>> All = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["text"] = bytes => Article(bytes, SourceFormat.PlainText),
        ["markdown"] = bytes => Article(bytes, SourceFormat.Markdown),
        ["html"] = bytes => Article(bytes, SourceFormat.Html),
        ["sidecar"] = Sidecar,
        ["pack"] = Pack,
        ["jsonl"] = Lines,
    };

    // Built on first use, once: instrumented code must not run before SharpFuzz has set up afl's shared memory.
    private static readonly Lazy<ContradictionChecker> DefaultChecker = new(() => new ContradictionCheckerBuilder().UseDefaultPack().Build());

    private static ContradictionChecker Checker => DefaultChecker.Value;

    /// <summary>An article's bytes, decoded, read in its format and checked.</summary>
    public static void Article(byte[] bytes, SourceFormat format)
    {
        SourceDocument source;
        try
        {
            var decoded = SourceDocument.FromBytes("fuzz", bytes);
            source = SourceDocument.FromText("fuzz", decoded.Text, format);
        }
        catch (SourceReadException)
        {
            return;
        }

        Checker.Check([source], []);
    }

    /// <summary>A sidecar's text.</summary>
    public static void Sidecar(byte[] bytes)
    {
        try
        {
            SourceMetadata.Parse(Encoding.UTF8.GetString(bytes), "fuzz.meta.yaml");
        }
        catch (SourceMetadataException)
        {
        }
    }

    /// <summary>One YAML file as a pack folder of its own.</summary>
    public static void Pack(byte[] bytes)
    {
        try
        {
            RulePackLoader.Load([("fuzz/extra.yaml", Encoding.UTF8.GetString(bytes))]);
        }
        catch (RulePackException)
        {
        }
    }

    /// <summary>An <c>--assertions</c> stream: its lines, each read as an assertion, the good ones checked.</summary>
    public static void Lines(byte[] bytes)
    {
        var read = new List<Contradictions.Claims.Assertion>();
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8);
        foreach (var (_, line, problem) in AssertionLines.Read(reader))
        {
            if (problem is not null)
            {
                continue;
            }

            try
            {
                read.Add(AssertionJsonReader.Read(line!));
            }
            catch (FormatException)
            {
            }
        }

        Checker.CheckAssertions(read, []);
    }
}
