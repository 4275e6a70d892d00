namespace Contradictions.Cli;

/// <summary>The command's exit codes, as CI reads them.</summary>
internal static class ExitCode
{
    /// <summary>No finding at error severity.</summary>
    public const int Clean = 0;

    /// <summary>At least one finding at error severity.</summary>
    public const int Findings = 1;

    /// <summary><c>evaluate</c>: the precision or recall over all predicates is below <c>--min-precision</c> or <c>--min-recall</c>.</summary>
    public const int BelowTarget = 1;

    /// <summary>A usage error, a pack that does not load, an input that could not be read, or a malformed gold file.</summary>
    public const int Failure = 2;
}
