namespace Ballast.Web.Data.Generate;

/// <summary>How much <see cref="PortfolioGenerator"/> writes. Of each year's key projects, 85 % are
/// construction class (they report every month) and the rest preparation class; leaders are created
/// only when the database has none.</summary>
public sealed record GeneratorScale(string Name, int Projects, int KeyProjectsPerYear, int Years, int Leaders)
{
    public static readonly GeneratorScale Tiny = new("tiny", 300, 50, 1, 6);
    public static readonly GeneratorScale City = new("city", 3_000, 500, 3, 12);
    public static readonly GeneratorScale Province = new("province", 100_000, 10_000, 5, 40);

    public static readonly IReadOnlyList<GeneratorScale> All = [Tiny, City, Province];

    public int ConstructionPerYear => KeyProjectsPerYear * 17 / 20;

    public static GeneratorScale? Find(string? name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
