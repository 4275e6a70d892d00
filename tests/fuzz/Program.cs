using Contradictions.Fuzz;
using SharpFuzz;

// Contradictions.Fuzz TARGET           under afl-fuzz: one input at a time on stdin, through SharpFuzz.
// Contradictions.Fuzz TARGET PATH...   the files (or folders of files) through the same target, without the fuzzer.
if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    await Console.Error.WriteLineAsync($"usage: Contradictions.Fuzz TARGET [PATH...]; targets: {string.Join(", ", FuzzTargets.All.Keys)}");
    return 2;
}

if (args.Length == 1)
{
    // Out of process: an input that overflows the stack kills a child, which afl counts as a crash, and not the loop.
    Fuzzer.OutOfProcess.Run(stream => target(Replay.ReadAll(stream)));
    return 0;
}

return Replay.Run(args[0], target, args[1..], Console.Out);
