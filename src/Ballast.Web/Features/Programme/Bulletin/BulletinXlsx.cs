using System.Data;
using Ballast.Web.Common.Localization;
using MiniExcelLibs;
using Ballast.Web.Common.Formatting;
using Ballast.Web.Common.Text;

namespace Ballast.Web.Features.Programme;

/// <summary>The bulletin as a workbook, one sheet per section (指标, 区市排名, 部门排名, 滞后事项).
/// Figures are numbers people can sort and sum (亿元 and percentages to two decimals); words such as
/// the status stay words.</summary>
public static class BulletinXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<byte[]> WriteAsync(BulletinData d, Texts t)
    {
        using var set = new DataSet();
        set.Tables.Add(Indicators(d, t));
        set.Tables.Add(Districts(d, t));
        set.Tables.Add(Departments(d, t));
        set.Tables.Add(Lagging(d, t));
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(set);
        return stream.ToArray();
    }

    private static DataTable Indicators(BulletinData d, Texts t)
    {
        var table = Table(t["指标"], t, ("硬仗", typeof(string)), ("任务", typeof(string)), ("指标", typeof(string)), ("牵头单位", typeof(string)),
            ("目标", typeof(string)), ("单位", typeof(string)), ("完成值", typeof(decimal)), ("完成情况", typeof(string)),
            ("完成率（%）", typeof(decimal)), ("较时序进度（百分点）", typeof(decimal)), ("状态", typeof(string)),
            ("得分", typeof(decimal)), ("权重", typeof(decimal)));
        foreach (var x in d.Indicators)
        {
            Add(table, x.Battle, x.Task, x.Name, x.LeadUnit, x.Target, x.Unit is { } u ? t[u].Value : null, x.Unavailable is null ? x.Value : null,
                BulletinText.Value(x, t), x.Progress.CompletionPercent, x.Progress.Gap, BulletinText.Status(x.Progress.Status, t), x.Score, x.Weight);
        }
        return table;
    }

    private static DataTable Districts(BulletinData d, Texts t)
    {
        var table = Table(t["区市排名"], t, ("排名", typeof(string)), ("区市", typeof(string)), ("项目数", typeof(int)),
            ("年度计划（亿元）", typeof(decimal)),
            ("累计完成（亿元）", typeof(decimal)), ("完成率（%）", typeof(decimal)), ("较时序进度（百分点）", typeof(decimal)),
            ("状态", typeof(string)), ("未报项目数", typeof(int)));
        foreach (var r in d.Districts)
        {
            var f = r.Figure;
            Add(table, BulletinText.Rank(r.Rank, t), f.Name, f.Projects, Yi(f.PlanWan), Yi(f.YtdWan), f.Progress.CompletionPercent, f.Progress.Gap,
                BulletinText.Status(f.Progress.Status, t), f.Unreported);
        }
        return table;
    }

    private static DataTable Departments(BulletinData d, Texts t)
    {
        var table = Table(t["部门排名"], t, ("排名", typeof(string)), ("部门", typeof(string)), ("牵头指标数", typeof(int)),
            ("有数据", typeof(int)),
            ("平均得分", typeof(decimal)), ("状态", typeof(string)), ("计算", typeof(string)));
        foreach (var r in d.Departments)
        {
            Add(table, BulletinText.Rank(r.Rank, t), r.Name, r.Indicators, r.Rollup.Reported, r.Rollup.Score,
                BulletinText.Status(r.Rollup.Status, t), r.Rollup.Formula);
        }
        return table;
    }

    private static DataTable Lagging(BulletinData d, Texts t)
    {
        var table = Table(t["滞后事项"], t, ("类别", typeof(string)), ("事项", typeof(string)), ("相关", typeof(string)),
            ("责任单位", typeof(string)),
            ("完成率（%）", typeof(decimal)), ("较时序进度（百分点）", typeof(decimal)), ("办结时限", typeof(string)),
            ("逾期天数", typeof(int)), ("状态", typeof(string)));
        var lag = d.Lagging;
        foreach (var x in lag.RedIndicators)
        {
            Add(table, t["严重滞后指标"].Value, x.Name, x.Battle, x.LeadUnit, x.Progress.CompletionPercent, x.Progress.Gap, null, null,
                BulletinText.Status(x.Progress.Status, t));
        }
        foreach (var p in lag.Projects)
        {
            Add(table, t["进度最滞后的重点项目"].Value, p.Name, null, p.OwnerName, p.Progress.CompletionPercent, p.Progress.Gap, null, null,
                BulletinText.Status(p.Progress.Status, t));
        }
        foreach (var (kind, items) in new[]
            {
                (t["逾期未解决的问题"].Value, lag.OverdueProblems),
                (t["逾期未办结的督办事项"].Value, lag.OverdueSupervision)
            })
        {
            foreach (var i in items)
            {
                Add(table, kind, i.Title, i.About, i.Unit, null, null,
                    i.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), i.DaysOverdue, i.State);
            }
        }
        return table;
    }

    private static DataTable Table(string name, Texts t, params (string Header, Type Type)[] columns)
    {
        var table = new DataTable(name) { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var (header, type) in columns)
        {
            table.Columns.Add(t[header], type);
        }
        return table;
    }

    private static void Add(DataTable table, params object?[] values) => table.Rows.Add([.. values.Select(v => FormulaText.Cell(v) ?? DBNull.Value)]);

    private static decimal Yi(decimal wan) => Amounts.YiValue(wan);
}
