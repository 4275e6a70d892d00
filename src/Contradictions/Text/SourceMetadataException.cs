namespace Contradictions.Text;

/// <summary>A sidecar metadata file (<c>*.meta.yaml</c>) could not be read; the message names file, line and column.</summary>
public sealed class SourceMetadataException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SourceMetadataException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SourceMetadataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public SourceMetadataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
