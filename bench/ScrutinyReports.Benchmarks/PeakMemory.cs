namespace ScrutinyReports.Benchmarks;

/// <summary>The process's peak resident memory (VmHWM on Linux), which is why each measured run has a process of its own.</summary>
internal static class PeakMemory
{
    public static long Megabytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024;
            }
        }

        return Environment.WorkingSet / (1024 * 1024);
    }
}
