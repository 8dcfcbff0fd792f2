using System.Globalization;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Programme;

/// <summary>The bulletin as a Word document: the same sections, figures and words as the page
/// (the charts stay on the page; the tables carry their numbers).</summary>
public static class BulletinDocx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static byte[] Write(BulletinData d, Texts t) => DocxWriter.Write(d.Title, d.IssuedBy, w =>
    {
        w.Title(d.Title);
        w.Line($"{d.IssuedBy}　　{BulletinText.Date(d.Date, Texts.IsEnglish)}", centered: true);

        w.Heading(t["一、总体情况"], 1);
        w.Line(Summary(d, t));
        w.Table(Columns(t, "指标", "完成值", "目标", "完成率", "较时序进度", "状态"),
            d.Headlines.Select(x => Row(x.Name, BulletinText.Value(x, t), x.Target, BulletinText.Pct(x.Progress.CompletionPercent),
                BulletinText.Gap(x.Progress.Gap), StatusCell(x.Progress.Status, t))));

        w.Heading(t["二、各项硬仗指标完成情况"], 1);
        w.Line($"{t["全年工作综合得分"]}：{BulletinText.Score(d.Overall.Score)}"
            + $"（{BulletinText.Status(d.Overall.Status, t)}）。{d.Overall.Formula}");
        w.Line(t["加权平均：Σ(权重×得分)÷Σ权重；正常=100、滞后=60、严重滞后=0，未报不计入"]);
        foreach (var b in d.Battles)
        {
            w.Heading($"“{b.Name}” {b.Slogan}", 2);
            w.Line($"{t["得分"]}：{BulletinText.Score(b.Rollup.Score)}（{BulletinText.Status(b.Rollup.Status, t)}）。{b.Rollup.Formula}");
            w.Table(Columns(t, "指标", "牵头单位", "目标", "完成值", "完成率", "较时序进度", "状态"), IndicatorRows(b.Indicators, t));
        }

        w.Heading(t["三、区市和部门排名"], 1);
        w.Heading(t["（一）区市重点项目投资完成排名"], 2);
        w.Table(Columns(t, "排名", "区市", "项目数", "年度计划（亿元）", "累计完成（亿元）",
                "完成率", "较时序进度", "状态", "未报项目数"),
            d.Districts.Select(r => Row(BulletinText.Rank(r.Rank, t), r.Figure.Name, r.Figure.Projects.ToString("N0", Inv), BulletinText.Yi(r.Figure.PlanWan),
                BulletinText.Yi(r.Figure.YtdWan), BulletinText.Pct(r.Figure.Progress.CompletionPercent), BulletinText.Gap(r.Figure.Progress.Gap),
                StatusCell(r.Figure.Progress.Status, t), r.Figure.Unreported.ToString("N0", Inv))));
        w.Heading(t["（二）部门牵头指标得分排名"], 2);
        w.Table(Columns(t, "排名", "部门", "牵头指标数", "有数据", "平均得分", "状态"),
            d.Departments.Select(r => Row(BulletinText.Rank(r.Rank, t), r.Name, r.Indicators.ToString("N0", Inv), r.Rollup.Reported.ToString("N0", Inv),
                BulletinText.Score(r.Rollup.Score), StatusCell(r.Rollup.Status, t))));

        w.Heading(t["四、滞后事项"], 1);
        var lag = d.Lagging;
        w.Heading(t["（一）严重滞后指标"], 2);
        if (lag.RedIndicators.Count == 0)
        {
            w.Line(t["无。"]);
        }
        else
        {
            w.Table(Columns(t, "指标", "牵头单位", "目标", "完成值", "完成率", "较时序进度", "状态"),
                IndicatorRows(lag.RedIndicators, t, grouped: false));
        }
        w.Heading(t["（二）进度最滞后的重点项目"], 2);
        w.Table(Columns(t, "项目名称", "责任单位", "年度计划（亿元）", "累计完成（亿元）", "完成率", "较时序进度", "状态"),
            lag.Projects.Select(p => Row(p.Name, p.OwnerName, BulletinText.Yi(p.PlanWan, t), BulletinText.Yi(p.YtdWan),
                BulletinText.Pct(p.Progress.CompletionPercent), BulletinText.Gap(p.Progress.Gap), StatusCell(p.Progress.Status, t))));
        Overdue(w, t, t["（三）逾期未解决的问题"], lag.OverdueProblemCount, lag.OverdueProblems, "问题", "项目名称");
        Overdue(w, t, t["（四）逾期未办结的督办事项"], lag.OverdueSupervisionCount, lag.OverdueSupervision, "督办事项", "来源");
    });

    /// <summary>The paragraph a bulletin opens with: the key projects against the programme's
    /// target (which the status follows) and against their own plans, both named.</summary>
    public static string Summary(BulletinData d, Texts t)
    {
        var invest = d.Headlines.FirstOrDefault(x => x.Plans is not null);
        var plans = invest?.Plans ?? PlanShare.Of(d.City.YtdWan, d.City.PlanWan, d.City.Projects, 0);
        var pending = plans.PendingPlans > 0 ? t["（{0}个项目计划待下达）", plans.PendingPlans.ToString("N0", Inv)].Value : "";
        return t["截至{0}（时序进度{8}），{1}个市重点项目（建设类）年内累计完成投资{2}亿元，占目标{9}的{10}（较时序进度{5}个百分点），占项目年度计划合计{3}亿元的{4}{11}；本期{6}个项目已报送，{7}个未报。",
            d.Period, d.City.Projects.ToString("N0", Inv), BulletinText.Yi(d.City.YtdWan), BulletinText.Yi(plans.PlansWan),
            BulletinText.Pct(plans.Percent), BulletinText.Gap(invest?.Progress.Gap),
            d.City.Reported.ToString("N0", Inv), d.City.Unreported.ToString("N0", Inv), BulletinText.Pct(d.TimeProgress),
            invest?.Target ?? "—", BulletinText.Pct(invest?.Progress.CompletionPercent), pending];
    }

    private static void Overdue(DocxWriter w, Texts t, string heading, int count, IReadOnlyList<OverdueItem> items, string what, string about)
    {
        w.Heading(heading, 2);
        if (count == 0)
        {
            w.Line(t["无。"]);
            return;
        }
        w.Line(t["共 {0} 项逾期，列出逾期最久的 {1} 项。", count.ToString("N0", Inv), items.Count.ToString("N0", Inv)]);
        w.Table(Columns(t, what, about, "责任单位", "办结时限", "逾期天数", "办理状态"),
            items.Select(i => Row(i.Title, i.About ?? "", i.Unit ?? "", i.DueOn.ToString("yyyy-MM-dd", Inv), i.DaysOverdue.ToString("N0", Inv), i.State)));
    }

    private static IEnumerable<IReadOnlyList<DocxCell>> IndicatorRows(IReadOnlyList<BulletinIndicator> rows, Texts t, bool grouped = true)
    {
        string? task = null;
        foreach (var x in rows)
        {
            if (grouped && x.Task != task)
            {
                task = x.Task;
                yield return [new DocxCell(task ?? t["其他指标"])];
            }
            yield return Row(grouped ? x.Name : $"{x.Battle}：{x.Name}", x.LeadUnit ?? "—", x.Target, BulletinText.Value(x, t),
                BulletinText.Pct(x.Progress.CompletionPercent), BulletinText.Gap(x.Progress.Gap), StatusCell(x.Progress.Status, t));
        }
    }

    /// <summary>Relative widths and alignment by column: names wide and left, figures right.</summary>
    private static readonly Dictionary<string, (int Weight, bool Right)> Layout = new()
    {
        ["排名"] = (1, false), ["指标"] = (6, false), ["项目名称"] = (5, false), ["问题"] = (5, false), ["督办事项"] = (5, false),
        ["牵头单位"] = (3, false), ["责任单位"] = (3, false), ["区市"] = (3, false), ["部门"] = (4, false), ["来源"] = (2, false),
        ["状态"] = (2, false), ["办理状态"] = (2, false), ["办结时限"] = (2, false), ["目标"] = (3, true),
    };

    private static List<DocxColumn> Columns(Texts t, params string[] headers) =>
        [.. headers.Select(h => Layout.TryGetValue(h, out var l) ? new DocxColumn(t[h], l.Weight, l.Right) : new DocxColumn(t[h], 2, Right: true))];

    private static DocxCell StatusCell(Status s, Texts t) => s switch
    {
        Status.Red => new DocxCell(BulletinText.Status(s, t), Bold: true, Color: "C92A2A"),
        Status.Yellow => new DocxCell(BulletinText.Status(s, t), Color: "B35C00"),
        _ => BulletinText.Status(s, t),
    };

    private static DocxCell[] Row(params DocxCell[] cells) => cells;
}
