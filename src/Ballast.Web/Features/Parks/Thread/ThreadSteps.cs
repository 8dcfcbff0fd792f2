using System.Globalization;
using Ballast.Web.Common.Formatting;
using Ballast.Web.Common.Localization;
using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Parks;

/// <summary>Turns a thread into its steps, in order: lead, signing, project code, key project and monthly investment,
/// start, production, firm, park and land, admission, per-mu grades.</summary>
public static class ThreadSteps
{
    public static List<ThreadStep> Build(ProjectThread x, Texts t)
    {
        ArgumentNullException.ThrowIfNull(x);
        var p = x.Project;
        var lead = new List<ThreadFact> { new(t["来源"], t[StageNames.OriginOf(p.Origin)]) };
        if (p.ReferrerName is { } referrer)
        {
            lead.Add(new(t["引荐人"], $"{referrer}（{t["登记"]} {D(p.ReferrerRegisteredOn)}）"));
        }
        lead.AddRange(x.Targets.Select(g => new ThreadFact(t["招引清单"], $"{g.Year} · {g.Name}", $"/Lists/Targets/Edit/{g.Id}")));
        lead.AddRange(x.LandingYears.Select(y => new ThreadFact(t["落地清单"], y.ToString(CultureInfo.InvariantCulture), $"/Lists/Landing?Year={y}")));
        var signing = x.Stages.Select(c => new ThreadFact(D(c.On), $"{(c.FromStage is { } f ? t[StageNames.Of(f)] + " → " : "")}{t[StageNames.Of(c.ToStage)]}"))
            .ToList();
        var keys = x.KeyYears.Select(k => new ThreadFact(t["{0}年市重点项目", k.Year],
            t["计划 {0} 万元，月调度累计完成 {1}", Amounts.Plan(k.PlanWan, t), k.CompletedWan is { } c ? Amounts.Wan(c) + " " + t["万元"] : t["未报"]],
            $"/Projects/Dispatch?Year={k.Year}")).ToList();
        var land = new List<ThreadFact>
        {
            new(t["用地面积（亩）"], p.LandAreaMu is { } mu ? Amounts.Number(mu) : "—"),
            new(t["宗地编码"], p.ParcelCode ?? "—"),
            new(t["土地使用权取得日期"], D(p.LandRightOn)),
            new(t["标准地"], p.IsStandardLand ? t["是"] : t["否"]),
        };
        if (x.Park is { } park)
        {
            land.Insert(0, new(t["所在园区"], park.Name, park.ParkId is { } id ? $"/Parks/{id}" : null));
        }
        if (x.Commitment is { } j)
        {
            land.Add(new(t["标准地承诺"], t[CommitmentNames.Of(j.State)], $"/Parks/Commitments/Project/{p.Id}"));
        }
        var firm = x.Firm is { } fm
            ? new List<ThreadFact> { new(t["投资企业"], fm.Name, $"/Enterprises/Details/{fm.Id}") }
            : p.InvestorName is { } name ? [new(t["投资方"], name + "（" + t["未关联企业库"] + "）")] : [];
        var admission = x.Admission is { } a
            ? new List<ThreadFact>
            {
                new(t["评估结果"], t[AdmissionRules.Name(AdmissionSave.Effective(a))] + (a.OverrideState == OverrideState.Approved ? "（" + t["经审批调整"] + "）" : ""),
                    $"/Parks/Admission?ProjectId={p.Id}"),
                new(t["年度"], a.Year.ToString(CultureInfo.InvariantCulture)),
            }
            : [];
        var grades = x.Grades.Select(g => new ThreadFact(t["{0}年", g.Year], (g.Grade?.ToString() ?? t["未评"]) + (g.Score is { } s ? $"（{s:0.##}）" : ""),
            x.Firm is { } gf ? $"/Parks/Firms/{gf.Id}" : null)).ToList();
        return
        [
            new("lead", t["线索"], true, p.CreatedOn, lead),
            new("signed", t["签约"], p.SignedOn is not null, p.SignedOn, signing),
            new("code", t["项目代码"], p.ProjectCode is not null, null, p.ProjectCode is { } code ? [new(t["国家项目代码"], code)] : []),
            new("key", t["重点项目与月度投资"], x.KeyYears.Count > 0, null, keys),
            new("started", t["开工"], p.StartedOn is not null, p.StartedOn, []),
            new("operating", t["投产"], p.OperatingOn is not null, p.OperatingOn, []),
            new("firm", t["投资企业"], x.Firm is not null, null, firm),
            new("land", t["园区与用地"], x.Park is not null || p.LandAreaMu is not null, p.LandRightOn, land),
            new("admission", t["入园评估"], x.Admission is not null, x.Admission is { } e ? DateOnly.FromDateTime(e.EvaluatedAt.UtcDateTime) : null, admission),
            new("permu", t["亩均效益评价"], x.Grades.Count > 0, null, grades),
        ];
    }

    private static string D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";
}
