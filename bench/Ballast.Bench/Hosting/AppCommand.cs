using System.Diagnostics;

namespace Ballast.Bench.Hosting;

/// <summary>Runs one of Ballast's commands (<c>users add</c>, <c>generate</c>) against the bench database and waits for it.</summary>
public static class AppCommand
{
    public static async Task<TimeSpan> RunAsync(string dll, IReadOnlyList<string> args, IReadOnlyDictionary<string, string> env,
        string log, TimeSpan timeout, string? stdin = null)
    {
        var clock = Stopwatch.StartNew();
        using var process = ChildProcess.Start(dll, args, env, log, stdin is not null);
        if (stdin is not null)
        {
            await process.StandardInput.WriteLineAsync(stdin);
            process.StandardInput.Close();
        }
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new BenchFailedException($"'{string.Join(' ', args)}' did not finish within {timeout.TotalSeconds:0} s "
                + $"(does this build of Ballast have the command?):\n{ChildProcess.Tail(log)}");
        }
        if (process.ExitCode != 0)
        {
            throw new BenchFailedException($"'{string.Join(' ', args)}' exited with {process.ExitCode}:\n{ChildProcess.Tail(log)}");
        }
        return clock.Elapsed;
    }
}
