namespace Ballast.Tests.Architecture;

/// <summary>The boundaries docs/architecture.md promises: Common depends on no feature (and not on
/// the host or the database layer that maps every feature), features form no cycle, and no feature
/// depends on the host.</summary>
public sealed class ArchitectureTests
{
    private static readonly DependencyGraph Graph = DependencyGraph.Of(typeof(Ballast.Web.Data.AppDbContext).Assembly.Location);

    [Fact]
    public void The_graph_sees_known_dependencies()
    {
        // Guards the reader itself: these uses exist, so a graph that misses them is blind.
        Assert.Contains("Features.Projects", Graph.Edges["Features.Programme"].Keys);
        Assert.Contains("Common", Graph.Edges["Features.Projects"].Keys);
        Assert.Contains("Features.Organisation", Graph.Edges["Features.Projects"].Keys);
    }

    [Fact]
    public void Common_depends_on_no_feature_nor_on_the_host_or_data()
    {
        var bad = Graph.Edges.GetValueOrDefault("Common", [])
            .Where(e => e.Key.StartsWith("Features.", StringComparison.Ordinal) || e.Key is "Host" or "Data" or "Shell")
            .Select(e => $"{e.Key}: {e.Value}").ToList();
        Assert.True(bad.Count == 0, "Common uses: " + string.Join("; ", bad));
    }

    [Fact]
    public void No_feature_depends_on_the_host()
    {
        var bad = Graph.Edges.Where(e => e.Key.StartsWith("Features.", StringComparison.Ordinal))
            .SelectMany(e => e.Value.Where(t => t.Key is "Host" or "Shell").Select(t => $"{e.Key}: {t.Value}")).ToList();
        Assert.True(bad.Count == 0, "Features using the host: " + string.Join("; ", bad));
    }

    [Fact]
    public void Features_form_no_cycle()
    {
        var features = Graph.Edges.Keys.Where(k => k.StartsWith("Features.", StringComparison.Ordinal)).ToList();
        var cycles = Cycles.Find(features, f => Graph.Edges.GetValueOrDefault(f, []).Keys.Where(features.Contains));
        var explained = cycles.Select(c => string.Join(" → ", c) + " (" + string.Join("; ",
            c.Zip(c.Skip(1).Append(c[0])).Select(p => Graph.Edges[p.First][p.Second])) + ")").ToList();
        Assert.True(explained.Count == 0, "Feature cycles: " + string.Join(" | ", explained));
    }

    [Fact]
    public void Cycle_finder_finds_a_planted_cycle()
    {
        var edges = new Dictionary<string, string[]> { ["a"] = ["b"], ["b"] = ["c"], ["c"] = ["a"], ["d"] = ["a"] };
        var cycles = Cycles.Find(edges.Keys.ToList(), n => edges[n]);
        var cycle = Assert.Single(cycles);
        Assert.Equal(["a", "b", "c"], cycle.Order());
    }
}
