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
            var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
            try
            {
                File.WriteAllText(temporary, text, Utf8);
                File.Move(temporary, full, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }
        });
    }
}
