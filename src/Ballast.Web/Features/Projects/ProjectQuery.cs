using Ballast.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Projects;

/// <summary>The project list's filters, all in the URL so a view can be shared, bookmarked, saved
/// and exported exactly as shown. Page, export and API apply the same query.</summary>
public sealed class ProjectQuery
{
    [FromQuery] public int? Year { get; set; }
    [FromQuery] public string? Q { get; set; }
    [FromQuery] public ProjectStage? Stage { get; set; }
    [FromQuery] public int? District { get; set; }
    [FromQuery] public int? Chain { get; set; }
    [FromQuery] public int? Park { get; set; }
    [FromQuery] public int? Leader { get; set; }
    [FromQuery] public AmountBand? Band { get; set; }
    /// <summary>key (construction-class key projects) or preparation; the list to land is the Lists module's own page.</summary>
    [FromQuery] public string? List { get; set; }
    [FromQuery] public int? Month { get; set; }
    [FromQuery] public Status? Status { get; set; }
    [FromQuery] public bool? Big { get; set; }
    [FromQuery] public bool? ChainSigned { get; set; }
    [FromQuery] public bool? Signed { get; set; }
    [FromQuery] public bool? Fortune500 { get; set; }
    [FromQuery] public bool? Foreign { get; set; }
    /// <summary>name, amount, signed, gap (key list only); a leading '-' sorts descending.</summary>
    [FromQuery] public string? Sort { get; set; }
    /// <summary>Nullable so the API treats it as optional; 1 when absent.</summary>
    [FromQuery(Name = "p")] public int? Page { get; set; }

    public int PageNumber => Math.Max(Page ?? 1, 1);

    public const int PageSize = 50;

    public bool IsKeyList => List is "key" or "preparation";

    public async Task<IQueryable<Project>> ApplyAsync(AppDbContext db, KeyProjectFigures figures, int year)
    {
        var q = db.Projects.AsNoTracking().Countable();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var text = Q.Trim();
            var code = Common.Text.TextNormalizer.Code(text);
            q = q.Where(p => p.Name.Contains(text) || (p.InvestorName != null && p.InvestorName.Contains(text)) || p.ProjectCode == code);
        }
        if (Stage is { } stage) { q = q.Where(p => p.Stage == stage); }
        if (District is { } district) { q = q.Where(p => p.OwnerUnitId == district); }
        // 0 stands for "none", the dashboard's 未指定 group.
        if (Chain is { } chain) { q = chain == 0 ? q.Where(p => p.ChainId == null) : q.Where(p => p.ChainId == chain); }
        if (Park is { } park) { q = q.Where(p => p.ParkUnitId == park); }
        if (Leader is { } leader) { q = leader == 0 ? q.Where(p => p.LeaderId == null) : q.Where(p => p.LeaderId == leader); }
        if (Band is { } band)
        {
            var (lo, hi) = Bounds(band);
            q = q.Where(p => p.TotalInvestment >= lo && p.TotalInvestment < hi);
        }
        if (Big == true) { q = q.BigNewOrStarted(year); }
        if (ChainSigned == true) { q = q.ChainSignedFiveYi(year); }
        if (Signed == true) { q = q.NewlySigned(year); }
        if (Fortune500 == true) { q = q.Where(p => p.IsFortune500); }
        if (Foreign == true) { q = q.Where(p => p.IsForeignInvested); }
        switch (List)
        {
            case "key":
                q = q.Where(p => db.KeyProjects.Any(k => k.ProjectId == p.Id && k.Year == year && k.Class == KeyProjectClass.Construction));
                break;
            case "preparation":
                q = q.Where(p => db.KeyProjects.Any(k => k.ProjectId == p.Id && k.Year == year && k.Class == KeyProjectClass.Preparation));
                break;
            default:
                break;
        }
        if (Status is { } status && await MonthAsync(figures, year) is { } month)
        {
            var ids = StatusFilter(db, await figures.ThresholdsAsync(year), year, month, status);
            q = q.Where(p => ids.Contains(p.Id));
        }
        return q;
    }

    public async Task<int?> MonthAsync(KeyProjectFigures figures, int year) => Month ?? await figures.LatestMonthAsync(year);

    /// <summary>Key projects of the year whose status in the month is the one asked, computed in the database.</summary>
    private static IQueryable<int> StatusFilter(AppDbContext db, StatusThresholds t, int year, int month, Status status)
    {
        var time = month * 100.0 / 12.0;
        double green = (double)t.GreenFrom, red = (double)t.RedBelow;
        // Rounded as ProgressRule rounds (completion % to two places, then the gap), so that a project
        // is listed under the colour its figures show, even within 0.005 points of a threshold.
        // Math.Round without digits: PostgreSQL has no round(double precision, integer).
        var rows = db.KeyProjects.Where(k => k.Year == year && k.Class == KeyProjectClass.Construction).Select(k => new
        {
            k.ProjectId,
            Plan = (double)(k.PlannedInvestment ?? 0m),
            Ytd = (double)(k.Reports
                .Where(r => r.Period!.Year == year && r.Period.Month <= month && MonthlyReport.Counted.Contains(r.State))
                .Sum(r => (decimal?)r.Completed) ?? 0m),
            Reported = k.Reports.Any(r => r.Period!.Year == year && r.Period.Month == month && MonthlyReport.Counted.Contains(r.State)),
            Pending = k.PlannedInvestment == null,
        }).Select(x => new
        {
            x.ProjectId,
            x.Reported,
            x.Pending,
            Gap = Math.Round(((x.Plan > 0 ? Math.Round(x.Ytd * 10_000.0 / x.Plan) / 100.0 : 100.0) - time) * 100.0) / 100.0
        });
        return status switch
        {
            Common.Tracking.Status.NotReported => rows.Where(x => !x.Reported || x.Pending).Select(x => x.ProjectId),
            Common.Tracking.Status.Green => rows.Where(x => x.Reported && !x.Pending && x.Gap >= green).Select(x => x.ProjectId),
            Common.Tracking.Status.Yellow => rows.Where(x => x.Reported && !x.Pending && x.Gap < green && x.Gap >= red).Select(x => x.ProjectId),
            _ => rows.Where(x => x.Reported && !x.Pending && x.Gap < red).Select(x => x.ProjectId),
        };
    }

    public IQueryable<Project> Sorted(IQueryable<Project> q) => Sort switch
    {
        "name" => q.OrderBy(p => p.Name),
        "-name" => q.OrderByDescending(p => p.Name),
        "amount" => q.OrderBy(p => (double)p.TotalInvestment),
        "signed" => q.OrderBy(p => p.SignedOn),
        "-signed" => q.OrderByDescending(p => p.SignedOn),
        _ => q.OrderByDescending(p => (double)p.TotalInvestment).ThenBy(p => p.Id),
    };

    public static (decimal Low, decimal High) Bounds(AmountBand band) => band switch
    {
        AmountBand.Below1Yi => (0m, 10_000m),
        AmountBand.From1To5Yi => (10_000m, 50_000m),
        AmountBand.From5To10Yi => (50_000m, 100_000m),
        AmountBand.From10To50Yi => (100_000m, 500_000m),
        _ => (500_000m, 1_000_000_000_000m),
    };

    public static string BandName(AmountBand band) => band switch
    {
        AmountBand.Below1Yi => "1亿元以下",
        AmountBand.From1To5Yi => "1–5亿元",
        AmountBand.From5To10Yi => "5–10亿元",
        AmountBand.From10To50Yi => "10–50亿元",
        _ => "50亿元及以上",
    };
}
