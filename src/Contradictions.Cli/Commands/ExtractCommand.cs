using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Contradictions.Reporting;
using Contradictions.Reporting.Json;
using YamlDotNet.Serialization;

namespace Contradictions.Cli.Commands;

/// <summary><c>contradictions extract PATH... [--pack DIR] [--format json|yaml|jsonl] [--explain]</c>: prints the assertions read.</summary>
internal static class ExtractCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, IndentSize = 2, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions JsonLine = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Articles: files, or folders (every *.txt, *.md and *.html in them)", Arity = ArgumentArity.OneOrMore };
        var pack = CommonOptions.Pack();
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "yaml", "jsonl");
        var config = CommonOptions.Config();
        var explain = new Option<bool>("--explain", "-e") { Description = "Show, for each assertion, the pattern that matched and the words that set its polarity, modality and date" };
        var command = new Command("extract", "Print the normalized assertions read from the articles") { paths, pack, format, config, explain };
        command.SetAction(parse =>
        {
            if (CommonOptions.BuildChecker(parse.GetValue(pack), parse.GetValue(config))?.Checker is not { } checker)
            {
                return ExitCode.Failure;
            }

            if (parse.GetValue(format) == "jsonl")
            {
                return WriteLines(checker, parse.GetValue(paths)!, parse.GetValue(explain), CommonOptions.Progress(parse));
            }

            var (sources, notes) = Inputs.Read(parse.GetValue(paths)!, CommonOptions.Progress(parse));
            CommonOptions.PrintNotes(notes.Concat(sources.SelectMany(s => s.Warnings.Select(w => new InputNote(s.Id, w, InputNoteKind.Warning)))));

            var assertions = new JsonArray(sources
                .OrderBy(s => s.Id, StringComparer.Ordinal)
                .SelectMany(checker.Extract)
                .Select(a => (JsonNode)(parse.GetValue(explain) ? Explained(a) : JsonReportWriter.ToJson(a)))
                .ToArray());
            var text = parse.GetValue(format) == "yaml"
                ? ToYaml(assertions)
                : assertions.ToJsonString(Json) + "\n";
            Output.Write(null, w => w.Write(text.ReplaceLineEndings("\n")));
            return notes.Exists(n => n.Kind == InputNoteKind.Skipped) ? ExitCode.Failure : ExitCode.Clean;
        });
        return command;
    }

    /// <summary>An assertion with how it was read: pattern, subject, polarity, modality and date words.</summary>
    private static JsonObject Explained(Contradictions.Claims.Assertion assertion)
    {
        var json = JsonReportWriter.ToJson(assertion);
        if (assertion.Explanation is { } e)
        {
            json["explain"] = new JsonObject
            {
                ["pattern"] = $"{e.Pattern} ({e.PatternFile})",
                ["matched"] = e.Matched,
                ["subject"] = e.Subject,
                ["polarity"] = Because(assertion.Polarity.ToString(), e.PolarityWords, "no negation in the matched words"),
                ["modality"] = Because(assertion.Modality.ToString(), e.ModalityWords, "no hedge or capability word in the matched words"),
                ["date"] = e.DateWords is null ? "none in the matched words" : $"\"{e.DateWords}\": {e.DateReading}",
            };
            if (assertion.Bound != Contradictions.Claims.TimeBound.None)
            {
                json["explain"]!["holds"] = Because(assertion.Bound.ToString(), e.TimeWords, string.Empty);
            }
            if (e.Arguments.Count > 0)
            {
                // A repeated argument (the items of a list of uses) is numbered by its own count: "qualifier 2".
                var arguments = new JsonObject();
                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var (name, words) in e.Arguments)
                {
                    var count = seen[name] = seen.GetValueOrDefault(name) + 1;
                    arguments[count == 1 ? name : $"{name} {count}"] = words;
                }

                json["explain"]!["arguments"] = arguments;
            }
        }

        return json;
    }

    private static string Because(string value, IReadOnlyList<string> words, string otherwise) =>
        $"{value.ToLowerInvariant()}: {(words.Count == 0 ? otherwise : string.Join(", ", words))}";

    /// <summary>
    /// One assertion per line, in the order of the files, written as each file is read: the output of the map step
    /// of a run over many machines, checked later with <c>check --assertions</c>. Files are read a few at a time, in
    /// parallel, and only a few are held at once.
    /// </summary>
    private static int WriteLines(ContradictionChecker checker, string[] paths, bool explain, Action<string>? reading)
    {
        var (files, notes) = Inputs.Find(paths);
        CommonOptions.PrintNotes(notes);

        var reported = notes.Count;
        using (var progress = Progress.Start(files.Count, files.Sum(f => f.Bytes)))
        {
            Output.Write(null, w =>
            {
                foreach (var assertions in ExtractInOrder(checker, files, notes, reading, progress))
                {
                    foreach (var assertion in assertions)
                    {
                        w.Write((explain ? Explained(assertion) : JsonReportWriter.ToJson(assertion)).ToJsonString(JsonLine));
                        w.Write('\n');
                    }
                }
            });
        }

        CommonOptions.PrintNotes(notes.Skip(reported));
        return notes.Exists(n => n.Kind == InputNoteKind.Skipped) ? ExitCode.Failure : ExitCode.Clean;
    }

    private static IEnumerable<IReadOnlyList<Claims.Assertion>> ExtractInOrder(ContradictionChecker checker, List<InputFile> files, List<InputNote> notes, Action<string>? reading, Progress? progress)
    {
        var ahead = new Queue<Task<IReadOnlyList<Claims.Assertion>>>();
        foreach (var file in files)
        {
            ahead.Enqueue(Task.Run(() =>
            {
                reading?.Invoke(file.Path);
                var source = Inputs.ReadFile(file, notes);
                lock (notes)
                {
                    notes.AddRange(source?.Warnings.Select(w => new InputNote(file.Path, w, InputNoteKind.Warning)) ?? []);
                }

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
    /// <summary>The assertions as YAML: plain lists, mappings and scalars, which need no reflection over types of ours.</summary>
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only lists, string-keyed dictionaries, strings, numbers and booleans are written; .ci/run compares the native tool's output with the framework-dependent tool's.")]
    private static string ToYaml(JsonArray assertions) => new SerializerBuilder().Build().Serialize(Plain(assertions));

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
