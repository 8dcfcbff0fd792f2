using Ballast.Tests.Infrastructure;

namespace Ballast.Tests.Architecture;

/// <summary>docs/architecture.md shows which feature uses which; this keeps that picture true.</summary>
public sealed class DocumentedGraphTests
{
    [Fact]
    public void The_architecture_doc_lists_the_feature_dependencies_as_they_are()
    {
        var graph = DependencyGraph.Of(typeof(Ballast.Web.Data.AppDbContext).Assembly.Location);
        var actual = graph.Edges.Where(e => e.Key.StartsWith("Features.", StringComparison.Ordinal)).OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => $"{e.Key[9..]} → " + string.Join(", ", e.Value.Keys.Where(k => k.StartsWith("Features.", StringComparison.Ordinal))
                .Select(k => k[9..]).Order(StringComparer.Ordinal).DefaultIfEmpty("(none)")))
            .ToList();
        var documented = RepoFiles.Block(Path.Combine("docs", "architecture.md"), "feature-dependencies");
        Assert.True(documented is not null, "docs/architecture.md has no ```feature-dependencies block");
        Assert.True(actual.SequenceEqual(documented), "Update the block in docs/architecture.md to:\n" + string.Join("\n", actual));
    }
}
