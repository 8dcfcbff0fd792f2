using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Ballast.Bench.Hosting;

/// <summary>Starts <c>dotnet some.dll …</c> with its own environment, its output appended to a log file
/// (drained, so a chatty child never blocks on a full pipe).</summary>
public static class ChildProcess
{
    // Children still running when the bench exits (a failure, Ctrl+C, a CI timeout) are killed with it.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, Process> Running = new();

    static ChildProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var p in Running.Values)
        {
            try
            {
                p.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // already gone
            }
        }
    };

    public static Process Start(string dll, IEnumerable<string> args, IReadOnlyDictionary<string, string> env, string logPath, bool stdin = false)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        foreach (var (k, v) in env)
        {
            info.Environment[k] = v;
        }
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var gate = new object();
        var closed = false;
        void Write(string? line)
        {
            lock (gate)
            {
                if (line is not null && !closed)
                {
                    log.WriteLine(line);
                }
            }
        }
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.Exited += (_, _) =>
        {
            Running.TryRemove(process.Id, out _);
            process.WaitForExit();
            lock (gate)
            {
                closed = true;
                log.Dispose();
            }
        };
        process.Start();
        Running[process.Id] = process;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>A port nobody listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The last lines of a log, for an error message.</summary>
    public static string Tail(string logPath, int lines = 30) =>
        File.Exists(logPath) ? string.Join('\n', File.ReadLines(logPath).TakeLast(lines)) : "(no log)";
}
