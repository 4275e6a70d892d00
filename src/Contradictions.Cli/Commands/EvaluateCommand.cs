using System.CommandLine;
using System.Globalization;
using Contradictions.Evaluation;
using Contradictions.Reporting;

namespace Contradictions.Cli.Commands;

/// <summary>
/// <c>contradictions evaluate DIR [--pack DIR]... [--min-precision P] [--min-recall R]</c>: measures a pack on articles
/// with gold files (<c>*.claims.yaml</c> below DIR) and, when DIR holds one, a conflict list (<c>conflicts.yaml</c>).
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("dir") { Description = "A folder of articles with gold files (NAME.claims.yaml beside NAME.txt), searched with its subfolders, and perhaps conflicts.yaml" };
        var pack = CommonOptions.Pack(configured: false);
        var minPrecision = Ratio("--min-precision", "Exit with 1 when the precision over all predicates is below this (0 to 1)");
        var minRecall = Ratio("--min-recall", "Exit with 1 when the recall over all predicates is below this (0 to 1)");
        var command = new Command("evaluate", "Measure a pack on articles it was not written from: claims against gold files, findings against a conflict list") { directory, pack, minPrecision, minRecall };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(directory)!;
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"{folder}: no such folder; give the folder that holds the articles and their *{GoldFileReader.Suffix} files");
                return ExitCode.Failure;
            }

            // Only the packs named: a project's configuration (disabled rules, a baseline) would change the figures.
            if (CommonOptions.BuildChecker(parse.GetValue(pack), configPath: null, useConfiguration: false, keepTexts: false)?.Checker is not { } checker)
            {
                return ExitCode.Failure;
            }

            PackEvaluation evaluation;
            try
            {
                evaluation = Evaluator.Evaluate(checker, folder);
            }
            catch (GoldFileException e)
            {
                Console.Error.WriteLine(e.Message);
                return ExitCode.Failure;
            }

            if (evaluation.Gold.Count == 0)
            {
                Console.Error.WriteLine($"{folder}: no *{GoldFileReader.Suffix} file in the folder or below it; write one beside each article to measure (see rules/README.md)");
                return ExitCode.Failure;
            }

            CommonOptions.PrintNotes(evaluation.Report.Notes);
            Output.Write(null, w => EvaluationMarkdown.Write(evaluation, w));
            return evaluation.Report.Notes.Any(n => n.Kind == InputNoteKind.Skipped) ? ExitCode.Failure
                : BelowTargets(evaluation.Claims.All, parse.GetValue(minPrecision), parse.GetValue(minRecall)) ? ExitCode.BelowTarget
                : ExitCode.Clean;
        });
        return command;
    }

    private static Option<double?> Ratio(string name, string description) => new(name)
    {
        Description = description,

        // Parsed here, so that a word or a number outside 0 to 1 is a usage error rather than a conversion failure.
        CustomParser = result =>
        {
            var token = result.Tokens.Single().Value;
            if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1)
            {
                return value;
            }

            result.AddError($"{name} takes a number from 0 to 1, not '{token}'.");
            return null;
        },
    };

    private static bool BelowTargets(PredicateScore all, double? precision, double? recall)
    {
        var below = false;
        if (precision is { } p && all.Precision < p)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"precision {all.Precision:0.00} ({all.Found} of {all.Found + all.Wrong.Count} assertions right) is below the target {p:0.00}"));
            below = true;
        }

        if (recall is { } r && all.Recall < r)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recall {all.Recall:0.00} ({all.Found} of {all.Gold} gold claims read) is below the target {r:0.00}"));
            below = true;
        }

        return below;
    }
}
