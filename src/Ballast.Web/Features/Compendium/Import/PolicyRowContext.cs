using Ballast.Web.Features.Projects.Import;

namespace Ballast.Web.Features.Compendium;

/// <summary>What one import reads once and every row asks: the stored policies, the unit and chain names,
/// and the policies rows have named so far (by the first row that named each).</summary>
internal sealed class PolicyRowContext(PolicyIndex index, ImportLookups lookups)
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    public PolicyIndex Index { get; } = index;

    public ImportLookups Lookups { get; } = lookups;

    /// <summary>The first row that named the same policy, or null (and this row is remembered).</summary>
    public int? SeenBefore(string key, int row)
    {
        if (_seen.TryGetValue(key, out var first))
        {
            return first;
        }
        _seen[key] = row;
        return null;
    }
}
