using Ballast.Bench;
using Ballast.Bench.Hosting;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Ballast.Bench -- run --engine both --scale city
//   hello --urls http://127.0.0.1:5099     the hello-world floor for start-up
//   micro --filter '*'                     the BenchmarkDotNet micro-benchmark of the district breakdown
return args.FirstOrDefault() switch
{
    "run" => await BenchRun.MainAsync(args[1..]),
    "hello" => await HelloServer.RunAsync(args[1..]),
    "micro" => Micro(args[1..]),
    _ => Usage(),
};

static int Micro(string[] rest)
{
    BenchmarkSwitcher.FromAssembly(typeof(Ballast.Bench.Micro.DashboardBenchmarks).Assembly).Run(rest);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          run --engine sqlite|postgres|both --scale tiny|city|province [--duration 10] [--clients 16] [--out artifacts/bench]
              [--samples 30] [--repeat 3] [--rows N] [--seed 42] [--data demo|generated]
              [--policies N]  (policies added for the search figures: 1,000 at tiny, 20,000 otherwise)
              PostgreSQL: BALLAST_BENCH_PG (a role with CREATEDB; the run creates and drops its own database)
          hello --urls http://127.0.0.1:PORT
          micro [BenchmarkDotNet arguments]
        """);
    return 2;
}
