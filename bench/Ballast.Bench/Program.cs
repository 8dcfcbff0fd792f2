using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Ballast.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Ballast.Bench.DashboardBenchmarks).Assembly).Run(args);
