namespace Ballast.Web.Features.Projects;

/// <summary>The one place that says what counts (Sanming rules): a project counts once, at its
/// first signing; a merged duplicate never counts; an expansion adds its increment to amounts but
/// is not a new project. Every page, dashboard and indicator counts through these.</summary>
public static class Counting
{
    /// <summary>10 亿元 in 万元 … the programme's thresholds are written in 亿元.</summary>
    public const decimal FiveYi = 50_000m;
    public const decimal FiftyYi = 500_000m;

    /// <summary>Records that are real projects: not merged into another.</summary>
    public static IQueryable<Project> Countable(this IQueryable<Project> q) => q.Where(p => p.MergedIntoId == null);

    /// <summary>Projects first signed in the year; expansions excluded (they are not new projects).</summary>
    public static IQueryable<Project> NewlySigned(this IQueryable<Project> q, int year)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return q.Countable().Where(p => p.ExpansionOfId == null && p.SignedOn >= from && p.SignedOn <= to);
    }

    /// <summary>Investment signed in the year, expansions counting their increment.</summary>
    public static IQueryable<Project> SignedAmountBasis(this IQueryable<Project> q, int year)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return q.Countable().Where(p => p.SignedOn >= from && p.SignedOn <= to);
    }

    /// <summary>新签约总投资5亿元以上24条产业链项目.</summary>
    public static IQueryable<Project> ChainSignedFiveYi(this IQueryable<Project> q, int year) =>
        q.NewlySigned(year).Where(p => p.Chain != null && p.Chain.IsProgrammeChain && p.TotalInvestment >= FiveYi);

    /// <summary>新招引或新开工50亿元以上项目: signed or started in the year, counted once.</summary>
    public static IQueryable<Project> BigNewOrStarted(this IQueryable<Project> q, int year)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return q.Countable().Where(p => p.ExpansionOfId == null && p.TotalInvestment >= FiftyYi
            && ((p.SignedOn >= from && p.SignedOn <= to) || (p.StartedOn >= from && p.StartedOn <= to)));
    }
}
