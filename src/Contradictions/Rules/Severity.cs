namespace Contradictions.Rules;

/// <summary>How serious a finding is; <see cref="Error"/> makes the command exit with 1.</summary>
public enum Severity
{
    /// <summary>Worth a look.</summary>
    Info,

    /// <summary>Probably wrong on one side.</summary>
    Warning,

    /// <summary>The sources cannot both be right.</summary>
    Error,
}
