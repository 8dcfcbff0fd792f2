using System.Diagnostics;

namespace Ballast.Bench.Hosting;

/// <summary>A running server (Ballast or the hello-world floor) as a child process: started, timed until it
/// first answers 200 on <see cref="ReadyPath"/>, measured through /proc, killed when disposed.</summary>
public sealed class AppServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _log;

    private AppServer(Process process, string log, Uri address, string readyPath)
    {
        _process = process;
        _log = log;
        Address = address;
        ReadyPath = readyPath;
    }

    public Uri Address { get; }
    public string ReadyPath { get; }
    public TimeSpan StartUp { get; private set; }
    public int Pid => _process.Id;

    /// <summary>Starts the server and returns once it answers; <see cref="StartUp"/> is from process start to that answer.</summary>
    public static async Task<AppServer> StartAsync(string dll, IEnumerable<string> args, IReadOnlyDictionary<string, string> env,
        string log, string readyPath, TimeSpan timeout)
    {
        var port = ChildProcess.FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var withUrl = new Dictionary<string, string>(env) { ["Urls"] = address.ToString().TrimEnd('/') };
        var clock = Stopwatch.StartNew();
        var server = new AppServer(ChildProcess.Start(dll, args, withUrl, log), log, address, readyPath);
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        while (clock.Elapsed < timeout)
        {
            if (server._process.HasExited)
            {
                throw new BenchFailedException($"{Path.GetFileName(dll)} exited with {server._process.ExitCode} before answering:\n{ChildProcess.Tail(log)}");
            }
            try
            {
                using var answer = await http.GetAsync(new Uri(readyPath, UriKind.Relative));
                if (answer.IsSuccessStatusCode)
                {
                    server.StartUp = clock.Elapsed;
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(10);
        }
        await server.DisposeAsync();
        throw new BenchFailedException($"{Path.GetFileName(dll)} did not answer {readyPath} within {timeout.TotalSeconds:0} s:\n{ChildProcess.Tail(log)}");
    }

    /// <summary>Resident and peak resident memory (VmRSS, VmHWM) in MB, from /proc/PID/status.</summary>
    public (double Rss, double Peak) Memory()
    {
        double Read(string key) => File.ReadLines($"/proc/{Pid}/status").Where(l => l.StartsWith(key, StringComparison.Ordinal))
            .Select(l => double.Parse(l[key.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024).First();
        return (Read("VmRSS:"), Read("VmHWM:"));
    }

    /// <summary>Fails when the server died under the run.</summary>
    public void EnsureAlive()
    {
        if (_process.HasExited)
        {
            throw new BenchFailedException($"the server exited with {_process.ExitCode}:\n{ChildProcess.Tail(_log)}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
