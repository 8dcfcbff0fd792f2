using System.Runtime.InteropServices;

namespace Ballast.Bench.Output;

public sealed record MachineInfo(int Cores, double RamGb, string Cpu, string Os, string Runtime)
{
    /// <summary>The 1-, 5- and 15-minute load averages: other work on the machine shows in every figure.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Kernel() =>
        File.Exists("/proc/sys/kernel/osrelease") ? File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : "";

    public static MachineInfo Read()
    {
        string First(string file, string key) => File.Exists(file)
            ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal))?[key.Length..].Trim(' ', '\t', ':', '=', '"') ?? ""
            : "";
        var kb = First("/proc/meminfo", "MemTotal").Split(' ')[0];
        var ram = double.TryParse(kb, System.Globalization.CultureInfo.InvariantCulture, out var k) ? Math.Round(k / 1024 / 1024, 1) : 0;
        var os = First("/etc/os-release", "PRETTY_NAME");
        return new MachineInfo(Environment.ProcessorCount, ram, First("/proc/cpuinfo", "model name"),
            os.Length > 0 ? $"{os}, Linux {Kernel()}" : RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription);
    }
}
