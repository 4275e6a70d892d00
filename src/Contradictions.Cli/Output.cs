using System.Globalization;
using System.Text;

namespace Contradictions.Cli;

/// <summary>
/// Writes a report to stdout or, atomically, to a file. The report is rendered in memory first, so a run that fails
/// or is interrupted writes nothing, and an existing report file is replaced only by a whole new one.
/// </summary>
internal static class Output
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string? path, Action<TextWriter> write)
    {
        using var rendered = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        write(rendered);
        var text = rendered.ToString();
        Interruption.Finish(() =>
        {
            if (path is null)
            {
                using var stdout = new StreamWriter(Console.OpenStandardOutput(), Utf8) { NewLine = "\n" };
                stdout.Write(text);
                return;
            }

            var full = Path.GetFullPath(path);
            var folder = Path.GetDirectoryName(full)!;

            // A random name, created only if nothing is there (O_EXCL): a link planted at a name known in advance
            // is never followed. The rename then replaces the target itself, not what a link there points at.
            var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Path.GetRandomFileName()}.tmp");
            try
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                using (var writer = new StreamWriter(stream, Utf8))
                {
                    writer.Write(text);
                }

                File.Move(temporary, full, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new IOException($"cannot write the report to {path}: {Reason(e, folder, temporary, full)}", e);
            }
            finally
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
        });
    }

    /// <summary>Why the report could not be written, naming the target, never the temporary file.</summary>
    private static string Reason(Exception e, string folder, string temporary, string full) => e switch
    {
        DirectoryNotFoundException => $"the folder {folder} does not exist; create it or write the report elsewhere",
        UnauthorizedAccessException => "permission denied; check the permissions of the file and its folder",
        _ when Directory.Exists(full) => "it is a folder; name a file",
        _ => e.Message.Replace(temporary, full, StringComparison.Ordinal),
    };

    private static readonly string[] ArticleExtensions = [".txt", ".md", ".markdown", ".html", ".htm"];

    /// <summary>
    /// Why the report must not go to <paramref name="output"/>, or null: it is one of the inputs, which it would
    /// overwrite, or an article file inside an input folder, which the next run would read as an article.
    /// </summary>
    public static string? Clash(string output, IEnumerable<string> inputs)
    {
        var target = Inputs.RealPath(output);
        foreach (var input in inputs)
        {
            var real = Inputs.RealPath(input);
            if (real == target)
            {
                return $"--output {output} is the input {input}; the report would overwrite it. Write the report elsewhere, or add --force";
            }

            if (Directory.Exists(input) && target.StartsWith(Path.TrimEndingDirectorySeparator(real) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && ArticleExtensions.Contains(Path.GetExtension(target), StringComparer.OrdinalIgnoreCase))
            {
                return $"--output {output} is inside the input folder {input}, where the next run would read the report as an article. Write the report elsewhere, or add --force";
            }
        }

        return null;
    }
}
