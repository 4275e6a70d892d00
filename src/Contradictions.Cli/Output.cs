using System.Globalization;
using System.Text;

namespace Contradictions.Cli;

/// <summary>
/// Writes a report to stdout or, atomically, to a file. The report is rendered to a temporary file first, not to
/// memory (a crawl's report can be larger than the claims it reports), so a run that fails or is interrupted writes
/// nothing, and an existing report file is replaced only by a whole new one.
/// </summary>
internal static class Output
{
    public static void Write(string? path, Action<TextWriter> write)
    {
        if (path is null)
        {
            ToStdout(write);
        }
        else
        {
            ToFile(path, write);
        }
    }

    private static void ToStdout(Action<TextWriter> write)
    {
        using var spool = Spool();
        Render(spool, write);
        Interruption.Finish(() =>
        {
            spool.Position = 0;
            using var stdout = Console.OpenStandardOutput();
            spool.CopyTo(stdout);
        });
    }

    /// <summary>A temporary file that goes when it is closed, or when a signal stops the run; memory where none can be made.</summary>
    private static Stream Spool()
    {
        var name = Path.Combine(Path.GetTempPath(), $"contradictions-{Path.GetRandomFileName()}.tmp");
        try
        {
            var stream = new FileStream(name, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 4096, FileOptions.DeleteOnClose);
            Interruption.RemoveOnStop(name);
            return stream;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new MemoryStream();
        }
    }

    private static void ToFile(string path, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;

        // A random name, created only if nothing is there (O_EXCL): a link planted at a name known in advance
        // is never followed. The rename then replaces the target itself, not what a link there points at.
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Path.GetRandomFileName()}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                Interruption.RemoveOnStop(temporary);
                Render(stream, write);
            }

            Interruption.Finish(() => File.Move(temporary, full, overwrite: true));
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
    }

    private static void Render(Stream stream, Action<TextWriter> write)
    {
        using var writer = new InvariantWriter(stream);
        write(writer);
    }

    /// <summary>UTF-8 without a byte order mark, LF line ends, numbers in the invariant culture; the stream stays open.</summary>
    private sealed class InvariantWriter : StreamWriter
    {
        public InvariantWriter(Stream stream)
            : base(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true)
        {
            NewLine = "\n";
        }

        public override IFormatProvider FormatProvider => CultureInfo.InvariantCulture;
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
