using System.Runtime.InteropServices;

namespace StdKit.Bench;

/// <summary>
/// The processor time of the calling thread (Linux clock_gettime, CLOCK_THREAD_CPUTIME_ID): what a query costs on
/// a machine that other builds share, without the time it waits for a core.
/// </summary>
internal static class ThreadClock
{
    private const int ThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static bool Available => OperatingSystem.IsLinux();

    public static double Milliseconds()
    {
        ClockGetTime(ThreadCpuTime, out var time);
        return time.Seconds * 1000.0 + time.Nanoseconds / 1_000_000.0;
    }
}
