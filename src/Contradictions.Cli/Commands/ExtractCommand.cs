using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Contradictions.Reporting;
using Contradictions.Reporting.Json;
using YamlDotNet.Serialization;

namespace Contradictions.Cli.Commands;

/// <summary><c>contradictions extract PATH... [--pack DIR] [--format json|yaml]</c>: prints the assertions read.</summary>
internal static class ExtractCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, IndentSize = 2, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Articles: files, or folders (every *.txt and *.md in them)", Arity = ArgumentArity.OneOrMore };
        var pack = CommonOptions.Pack();
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "yaml");
        var command = new Command("extract", "Print the normalized assertions read from the articles") { paths, pack, format };
        command.SetAction(parse =>
        {
            if (CommonOptions.BuildChecker(parse.GetValue(pack)) is not { } checker)
            {
                return ExitCode.Failure;
            }

            var (sources, notes) = Inputs.Read(parse.GetValue(paths)!, CommonOptions.Progress(parse));
            CommonOptions.PrintNotes(notes.Concat(sources.SelectMany(s => s.Warnings.Select(w => new InputNote(s.Id, w, InputNoteKind.Warning)))));

            var assertions = new JsonArray(sources
                .OrderBy(s => s.Id, StringComparer.Ordinal)
                .SelectMany(checker.Extract)
                .Select(a => (JsonNode)JsonReportWriter.ToJson(a))
                .ToArray());
            var text = parse.GetValue(format) == "yaml"
                ? new SerializerBuilder().Build().Serialize(Plain(assertions))
                : assertions.ToJsonString(Json) + "\n";
            Output.Write(null, w => w.Write(text.ReplaceLineEndings("\n")));
            return notes.Exists(n => n.Kind == InputNoteKind.Skipped) ? ExitCode.Failure : ExitCode.Clean;
        });
        return command;
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
