using System.Runtime.CompilerServices;
using Contradictions.Packs;
using Contradictions.Packs.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Contradictions.Evaluation.Yaml;

/// <summary>
/// Reads a gold file or a conflict list strictly, as packs are read: unknown and repeated keys are errors, and every
/// error is a <see cref="GoldFileException"/> with file, line and column. Remembers where each object started, so
/// that problems found after reading can name their place too.
/// </summary>
internal sealed class GoldYaml
{
    private readonly ConditionalWeakTable<object, StrongBox<Mark>> marks = new();

    public GoldYaml(string path, string hint)
    {
        Path = path;
        Hint = hint;
    }

    public string Path { get; }

    public string Hint { get; }

    /// <summary>The file's text, refused unread when it is larger than a pack file may be.</summary>
    public string ReadText()
    {
        try
        {
            return Files.LimitedFile.ReadAllText(Path, RulePackLoader.MaxFileBytes, "a gold file");
        }
        catch (Files.LimitedFileException e)
        {
            throw new GoldFileException(Path, 0, 0, e.Message, e.TooLarge ? "split it into smaller files; no gold file needs that much" : "give a file", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GoldFileException(Path, 0, 0, $"cannot be read: {e.Message}", "check the path and the file's permissions", e);
        }
    }

    public T Deserialize<T>(string text, params IYamlTypeConverter[] converters)
        where T : class
    {
        if (AliasBudget.FindOverflow(text) is { } stop)
        {
            throw Error(stop.At, stop.Overflow ? $"YAML aliases here copy in more than {AliasBudget.MaxCopiedNodes} nodes" : stop.Problem ?? "the YAML cannot be read past this place");
        }

        var builder = StrictYaml.Builder(marks);
        foreach (var converter in converters)
        {
            builder.WithTypeConverter(converter);
        }

        try
        {
            return builder.Build().Deserialize<T>(text) ?? throw WholeFileError("the file is empty");
        }
        catch (YamlException e)
        {
            throw new GoldFileException(Path, (int)e.Start.Line, (int)e.Start.Column, YamlErrorText.Of(e), Hint, e);
        }
    }

    /// <summary>Where an object read from the file started, or an empty mark when it was not read from it.</summary>
    public Mark MarkOf(object read) => marks.TryGetValue(read, out var box) ? box.Value : Mark.Empty;

    public GoldFileException Error(object at, string problem) => Error(MarkOf(at), problem);

    public GoldFileException Error(Mark at, string problem) => new(Path, (int)at.Line, (int)at.Column, problem, Hint);

    /// <summary>A problem of the file as a whole, or of something in it whose place is not known: line and column 0.</summary>
    public GoldFileException WholeFileError(string problem) => new(Path, 0, 0, problem, Hint);
}
