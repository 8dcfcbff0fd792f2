using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Ballast.Tests.Resilience;

/// <summary>Ballast as the real thing: the built <c>Ballast.Web.dll</c> in a process of its own, on a
/// SQLite file in a folder of its own, with every SQL statement it executes in its console, so that
/// a test can kill it (SIGKILL, no chance to tidy up) the moment a given statement has run.</summary>
public sealed class BallastProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _tail = new();
    private readonly object _gate = new();
    private (string Text, int Needed, TaskCompletionSource Seen)? _killAt;

    private BallastProcess(Process process, Uri address)
    {
        _process = process;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
    }

    public HttpClient Http { get; }

    /// <summary>The dll built beside this test assembly's configuration (Release in CI).</summary>
    public static string Dll { get; } = FindDll();

    public static async Task<BallastProcess> StartAsync(string folder, params (string Key, string Value)[] settings)
    {
        var port = FreePort();
        var process = Create(folder, [], [.. settings, ("Urls", $"http://127.0.0.1:{port}"),
            ("Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command", "Information")]);
        var app = new BallastProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => app.Seen(e.Data);
        process.ErrorDataReceived += (_, e) => app.Seen(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.ReadyAsync();
        return app;
    }

    /// <summary>Runs one of Ballast's commands (or a start that should be refused) to its end.</summary>
    public static async Task<(int Code, string Output)> RunAsync(string folder, string[] args, params (string Key, string Value)[] settings)
    {
        using var process = Create(folder, args, settings);
        process.Start();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(limit.Token);
        return (process.ExitCode, await output + await errors);
    }

    /// <summary>Kills the process with SIGKILL once the console has shown <paramref name="text"/>
    /// <paramref name="occurrence"/> times; the task completes when that has happened.</summary>
    public Task KillWhenLogged(string text, int occurrence)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _killAt = (text, occurrence, seen);
        }
        return seen.Task;
    }

    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }
        _process.WaitForExit();
    }

    public string Tail()
    {
        lock (_gate)
        {
            return string.Join('\n', _tail);
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        Http.Dispose();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Seen(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_gate)
        {
            _tail.Enqueue(line);
            if (_tail.Count > 40)
            {
                _tail.Dequeue();
            }
            if (_killAt is not { } k || !line.Contains(k.Text, StringComparison.Ordinal))
            {
                return;
            }
            if (k.Needed > 1)
            {
                _killAt = k with { Needed = k.Needed - 1 };
                return;
            }
            _killAt = null;
            // Not waited for here: this runs on the thread that reads the console the wait would drain.
            _process.Kill();
            k.Seen.SetResult();
        }
    }

    private async Task ReadyAsync()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Ballast exited with {_process.ExitCode} before it was ready:\n{Tail()}");
            }
            try
            {
                if ((await Http.GetAsync(new Uri("/health/ready", UriKind.Relative), limit.Token)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(100, limit.Token);
        }
    }

    private static Process Create(string folder, string[] args, (string Key, string Value)[] settings)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(Dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        // Development: the demo people and records are loaded at the first start.
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["DataFolder"] = folder;
        info.Environment["Database__Provider"] = "Sqlite";
        info.Environment["Database__ConnectionString"] = "";
        // A queue of one, waited on: the request that logged a statement goes no further than its next
        // log line until the watcher has been handed this one, so the kill lands close behind it.
        info.Environment["Logging__Console__MaxQueueLength"] = "1";
        info.Environment["Logging__Console__QueueFullMode"] = "Wait";
        foreach (var (key, value) in settings)
        {
            info.Environment[key] = value;
        }
        return new Process { StartInfo = info };
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindDll()
    {
        var configuration = typeof(BallastProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ballast.slnx")))
        {
            dir = dir.Parent;
        }
        var dll = Path.Combine(dir?.FullName ?? "", "src", "Ballast.Web", "bin", configuration, "net10.0", "Ballast.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"{dll} is missing: build the solution ({configuration}) first.");
    }
}
