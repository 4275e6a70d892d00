using System.Globalization;
using System.Runtime.InteropServices;
using Contradictions.Text;

namespace Contradictions.Benchmarks;

/// <summary>
/// Extraction speed in CPU time of the extracting thread, which a shared machine's load disturbs far less than wall
/// time: the best of several passes over one corpus in one process, with the bytes allocated per pass.
/// </summary>
internal static class ExtractionCpu
{
    /// <summary>Extracts every article of <paramref name="folder"/> <paramref name="passes"/> times and prints one line per pass and the best.</summary>
    public static int Run(ContradictionChecker checker, string folder, int passes, TextWriter output)
    {
        var documents = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(SourceDocument.FromFile).ToList();
        var megabytes = documents.Sum(d => (long)d.Text.Length) / 1e6;
        var best = double.MaxValue;
        for (var pass = 0; pass < passes; pass++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            var start = CurrentThreadCpu();
            var assertions = documents.Sum(d => checker.Extract(d).Count);
            var seconds = (CurrentThreadCpu() - start).TotalSeconds;
            var perMegabyte = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6 / megabytes;
            best = Math.Min(best, seconds);
            var collections = $"{GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}";
            var pause = (GC.GetTotalPauseDuration() - paused).TotalSeconds;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pass {pass + 1}: {assertions} assertions, {seconds:F3} s CPU, {megabytes / seconds:F1} MB/s, {perMegabyte:F1} MB allocated per MB, collections (gen 0/1/2) {collections}, {pause:F3} s paused"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"best: {megabytes:F2} MB in {best:F3} s CPU of the extracting thread, {megabytes / best:F1} MB/s"));
        return 0;
    }

    /// <summary>CPU time of the calling thread (Linux: clock_gettime with CLOCK_THREAD_CPUTIME_ID).</summary>
    private static TimeSpan CurrentThreadCpu()
    {
        const int ThreadCpuClock = 3;
        return ClockGetTime(ThreadCpuClock, out var time) == 0
            ? TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100))
            : throw new PlatformNotSupportedException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
