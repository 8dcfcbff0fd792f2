namespace Ballast.Web.Features.Programme;

/// <summary>How the bulletin ranks districts and departments: highest score first, equal scores
/// share a place (1, 2, 2, 4), and whoever has no score — has not reported — comes last without a
/// place, never ranked as if it had scored zero. No I/O.</summary>
public static class BulletinRanking
{
    public static List<(int? Rank, T Item)> Rank<T>(IEnumerable<T> items, Func<T, decimal?> score)
    {
        var list = items.ToList();
        var scored = list.Where(x => score(x) is not null).OrderByDescending(score).ToList();
        var result = new List<(int? Rank, T Item)>(list.Count);
        for (var i = 0; i < scored.Count; i++)
        {
            var rank = i > 0 && score(scored[i]) == score(scored[i - 1]) ? result[i - 1].Rank : i + 1;
            result.Add((rank, scored[i]));
        }
        result.AddRange(list.Where(x => score(x) is null).Select(x => ((int?)null, x)));
        return result;
    }
}
