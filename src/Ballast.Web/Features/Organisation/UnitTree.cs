namespace Ballast.Web.Features.Organisation;

public static class UnitTree
{
    /// <summary>The unit and every unit below it: what a user of that unit may see.</summary>
    public static IReadOnlyList<int> WithDescendants(int root, IEnumerable<(int Id, int? ParentId)> units)
    {
        var children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value, u => u.Id);
        var result = new List<int> { root };
        for (var i = 0; i < result.Count; i++)
        {
            foreach (var child in children[result[i]])
            {
                if (!result.Contains(child))
                {
                    result.Add(child);
                }
            }
        }
        return result;
    }
}
