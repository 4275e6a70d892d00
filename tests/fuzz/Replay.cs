namespace Contradictions.Fuzz;

/// <summary>Runs saved inputs (the regression corpus, or afl's crashes) through a target with no fuzzer attached.</summary>
internal static class Replay
{
    /// <summary>Runs each file under <paramref name="paths"/>; prints each failure and one summary line.</summary>
    /// <returns>0 when every input ran clean, 1 otherwise.</returns>
    public static int Run(string name, Action<byte[]> target, IEnumerable<string> paths, TextWriter output)
    {
        var inputs = paths
            .SelectMany<string, string>(p => Directory.Exists(p) ? Directory.GetFiles(p).Order(StringComparer.Ordinal) : [p])
            .ToList();
        var failed = 0;
        foreach (var input in inputs)
        {
            try
            {
                target(File.ReadAllBytes(input));
            }
#pragma warning disable CA1031 // Any exception a target lets through is the finding to report.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failed++;
                output.WriteLine($"{input}: {e.GetType().Name}: {e.Message}");
            }
        }

        output.WriteLine($"replay {name}: {inputs.Count - failed} passed, {failed} failed");
        return failed == 0 && inputs.Count > 0 ? 0 : 1;
    }

    /// <summary>All of a stream's bytes.</summary>
    public static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
