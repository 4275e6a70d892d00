namespace Contradictions.Cli;

/// <summary>Whether stdout is a person's terminal, and whether they asked for no color (https://no-color.org).</summary>
internal static class Terminal
{
    public static bool WantsColor() => !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}
