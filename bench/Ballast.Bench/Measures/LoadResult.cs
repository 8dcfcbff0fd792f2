namespace Ballast.Bench.Measures;

/// <summary>Requests per second and latency percentiles (ms) of one endpoint under concurrent clients.</summary>
public sealed record LoadResult(string Path, int Requests, double Seconds, double Throughput, double P50, double P95, double P99);
