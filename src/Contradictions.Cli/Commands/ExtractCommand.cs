using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Contradictions.Reporting.Json;
using YamlDotNet.Serialization;

namespace Contradictions.Cli.Commands;

/// <summary><c>contradictions extract PATH... [--pack DIR] [--format json|yaml|jsonl]</c>: prints the assertions read.</summary>
internal static class ExtractCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, IndentSize = 2, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions JsonLine = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Articles: files, or folders (every *.txt and *.md in them)", Arity = ArgumentArity.OneOrMore };
        var pack = CommonOptions.Pack();
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "yaml", "jsonl");
        var command = new Command("extract", "Print the normalized assertions read from the articles") { paths, pack, format };
        command.SetAction(parse =>
        {
            if (CommonOptions.BuildChecker(parse.GetValue(pack)) is not { } checker)
            {
                return ExitCode.Failure;
            }

            if (parse.GetValue(format) == "jsonl")
            {
                return WriteLines(checker, parse.GetValue(paths)!);
            }

            var (sources, notes) = Inputs.Read(parse.GetValue(paths)!);
            foreach (var note in notes)
            {
                Console.Error.WriteLine($"{note.Input}: {note.Message}");
            }

            var assertions = new JsonArray(sources
                .OrderBy(s => s.Id, StringComparer.Ordinal)
                .SelectMany(checker.Extract)
                .Select(a => (JsonNode)JsonReportWriter.ToJson(a))
                .ToArray());
            var text = parse.GetValue(format) == "yaml"
                ? new SerializerBuilder().Build().Serialize(Plain(assertions))
                : assertions.ToJsonString(Json) + "\n";
            Output.Write(null, w => w.Write(text.ReplaceLineEndings("\n")));
            return notes.Count > 0 ? ExitCode.Failure : ExitCode.Clean;
        });
        return command;
    }

    /// <summary>
    /// One assertion per line, in the order of the files, written as each file is read: the output of the map step
    /// of a run over many machines, checked later with <c>check --assertions</c>. Files are read a few at a time, in
    /// parallel, and only a few are held at once.
    /// </summary>
    private static int WriteLines(ContradictionChecker checker, string[] paths)
    {
        var (files, notes) = Inputs.Find(paths);
        foreach (var note in notes)
        {
            Console.Error.WriteLine($"{note.Input}: {note.Message}");
        }

        var reported = notes.Count;
        using (var progress = Progress.Start(files.Count, files.Sum(f => f.Bytes)))
        {
            Output.Write(null, w =>
            {
                foreach (var assertions in ExtractInOrder(checker, files, notes, progress))
                {
                    foreach (var assertion in assertions)
                    {
                        w.Write(JsonReportWriter.ToJson(assertion).ToJsonString(JsonLine));
                        w.Write('\n');
                    }
                }
            });
        }

        foreach (var note in notes.Skip(reported))
        {
            Console.Error.WriteLine($"{note.Input}: {note.Message}");
        }

        return notes.Count > 0 ? ExitCode.Failure : ExitCode.Clean;
    }

    private static IEnumerable<IReadOnlyList<Claims.Assertion>> ExtractInOrder(ContradictionChecker checker, List<InputFile> files, List<Reporting.InputNote> notes, Progress? progress)
    {
        var ahead = new Queue<Task<IReadOnlyList<Claims.Assertion>>>();
        foreach (var file in files)
        {
            ahead.Enqueue(Task.Run(() =>
            {
                var source = Inputs.ReadFile(file.Path, notes);
                var assertions = source is null ? [] : checker.Extract(source);
                progress?.FileDone(file.Bytes);
                return assertions;
            }));
            if (ahead.Count > 2 * Environment.ProcessorCount)
            {
                yield return ahead.Dequeue().Result;
            }
        }

        while (ahead.Count > 0)
        {
            yield return ahead.Dequeue().Result;
        }
    }

    /// <summary>JSON nodes as plain lists, dictionaries and scalars, which the YAML serializer writes naturally.</summary>
    private static object? Plain(JsonNode? node) => node switch
    {
        JsonObject o => o.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => Plain(p.Value)),
        JsonArray a => a.Select(Plain).ToList(),
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<int>(out var i) => i,
        JsonValue v => v.ToString(),
        _ => null,
    };
}
