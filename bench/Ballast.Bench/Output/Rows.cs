using System.Globalization;
using Ballast.Bench.Measures;

namespace Ballast.Bench.Output;

/// <summary>Builds result rows in one shape: throughput as a share of a floor's, times as a multiple of a floor's,
/// absolute figures against an absolute goal.</summary>
public static class Rows
{
    public static string Load(LoadResult r) =>
        Invariant($"{r.Throughput:N0} req/s; p50/p95/p99 {r.P50:0.#}/{r.P95:0.#}/{r.P99:0.#} ms");

    public static ResultRow Floor(string measure, LoadResult r) =>
        new(measure, Load(r), "(floor)", null, "—", null, r.Throughput, null, "req/s");

    public static ResultRow Throughput(string measure, LoadResult r, LoadResult floor, double minShare) =>
        new(measure, Load(r), "one-row: " + Load(floor), r.Throughput / floor.Throughput, Invariant($"≥ {minShare:P0} of one-row"),
            r.Throughput / floor.Throughput >= minShare, r.Throughput, floor.Throughput, "req/s");

    public static ResultRow P95(string measure, LoadResult r, LoadResult floor, double maxMs, string scale) =>
        new(measure, Invariant($"p95 {r.P95:0.#} ms"), Invariant($"one-row p95 {floor.P95:0.#} ms"), r.P95 / floor.P95,
            Invariant($"p95 ≤ {maxMs:0} ms (at province; here {scale})"), r.P95 <= maxMs, r.P95, floor.P95, "ms");

    public static ResultRow Time(string measure, double ms, double floorMs, string floor, double maxRatio) =>
        new(measure, Ms(ms), floor + ": " + Ms(floorMs), ms / floorMs, Invariant($"≤ {maxRatio:0.0#}×"), ms / floorMs <= maxRatio, ms, floorMs, "ms");

    public static ResultRow Absolute(string measure, double value, string unit, string floor, double? floorValue, double max) =>
        new(measure, Invariant($"{value:N0} {unit}"), floor, floorValue is > 0 ? value / floorValue : null, Invariant($"≤ {max:N0} {unit}"),
            value <= max, value, floorValue, unit);

    public static string Ms(double ms) => ms >= 1000 ? Invariant($"{ms / 1000:0.00} s") : Invariant($"{ms:0.#} ms");

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
