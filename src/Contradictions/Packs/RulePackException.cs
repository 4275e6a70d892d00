namespace Contradictions.Packs;

/// <summary>A rule pack did not load; <see cref="Diagnostics"/> lists every problem found, each with file, line and column.</summary>
public sealed class RulePackException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public RulePackException(IReadOnlyList<PackDiagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Creates the exception with a message.</summary>
    public RulePackException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RulePackException(string message)
        : base(message)
    {
        Diagnostics = [];
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public RulePackException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [];
    }

    /// <summary>Every problem found in the pack.</summary>
    public IReadOnlyList<PackDiagnostic> Diagnostics { get; }
}
