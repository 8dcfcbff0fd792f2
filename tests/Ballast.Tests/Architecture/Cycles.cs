namespace Ballast.Tests.Architecture;

/// <summary>Cycles in a small directed graph: each strongly connected component of more than one
/// node, as a path through it (enough to name the modules that depend on each other).</summary>
public static class Cycles
{
    public static List<List<string>> Find(IReadOnlyList<string> nodes, Func<string, IEnumerable<string>> next)
    {
        var result = new List<List<string>>();
        foreach (var start in nodes)
        {
            if (result.Any(c => c.Contains(start)) || PathBack(start, start, next, []) is not { } path)
            {
                continue;
            }
            result.Add(path);
        }
        return result;
    }

    /// <summary>A path from <paramref name="at"/> back to <paramref name="target"/>, depth first.</summary>
    private static List<string>? PathBack(string target, string at, Func<string, IEnumerable<string>> next, HashSet<string> seen)
    {
        foreach (var n in next(at))
        {
            if (n == target)
            {
                return [at];
            }
            if (seen.Add(n) && PathBack(target, n, next, seen) is { } rest)
            {
                return [at, .. rest];
            }
        }
        return null;
    }
}
