namespace Contradictions.Evaluation;

/// <summary>
/// A gold file (<c>*.claims.yaml</c>) or a conflict list (<c>conflicts.yaml</c>) could not be read; the message
/// names the file, line and column and says what to do.
/// </summary>
public sealed class GoldFileException : Exception
{
    /// <summary>Creates the exception for a problem at a place in a file.</summary>
    /// <param name="file">The file's path.</param>
    /// <param name="line">1-based line, or 0 when the problem is the file as a whole.</param>
    /// <param name="column">1-based column, or 0.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="hint">What to do about it.</param>
    /// <param name="innerException">The cause, or null.</param>
    public GoldFileException(string file, int line, int column, string problem, string hint, Exception? innerException = null)
        : base($"{file}:{line}:{column}: {problem} ({hint})", innerException)
    {
        File = file;
        Line = line;
        Column = column;
    }

    /// <summary>Creates the exception.</summary>
    public GoldFileException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public GoldFileException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public GoldFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The file's path, or null when the exception was made from a message alone.</summary>
    public string? File { get; }

    /// <summary>The 1-based line of the problem, or 0 when it is the file as a whole.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the problem, or 0.</summary>
    public int Column { get; }
}
