namespace Contradictions.Text;

/// <summary>
/// A file is not read as an article: it is empty, too large, or not text (an image, a PDF, an archive). The message
/// says which; the other articles of a run are still checked.
/// </summary>
public sealed class SourceReadException : IOException
{
    /// <summary>Creates the exception.</summary>
    public SourceReadException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SourceReadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public SourceReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
