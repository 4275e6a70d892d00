namespace Contradictions.Cli;

/// <summary>Writes a report to stdout or, atomically, to a file: a failed run never leaves half a report behind.</summary>
internal static class Output
{
    public static void Write(string? path, Action<TextWriter> write)
    {
        if (path is null)
        {
            using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
            write(stdout);
            return;
        }

        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var file = new StreamWriter(temporary, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" })
            {
                write(file);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
