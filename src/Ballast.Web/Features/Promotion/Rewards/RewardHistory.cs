using System.Globalization;
using System.Text.Json;
using Ballast.Web.Features.Auditing;

namespace Ballast.Web.Features.Promotion;

/// <summary>The case's audit trail in the words of the page: what was done and the fields it changed, named in Chinese,
/// states by their names and units by theirs, rather than the trail's JSON.</summary>
public static class RewardHistory
{
    public sealed record HistoryLine(DateTimeOffset At, string UserName, string What, IReadOnlyList<(string Field, string Value)> Changes);

    private static readonly (string Name, string Field)[] Fields =
    [
        (nameof(ReferralReward.State), "状态"), (nameof(ReferralReward.ReferrerCategory), "引荐人类别"),
        (nameof(ReferralReward.ReferrerIdNumber), "证件号码或信用代码"), (nameof(ReferralReward.FormedWan), "实际投资（万元）"),
        (nameof(ReferralReward.FormedSource), "数据来源"), (nameof(ReferralReward.RewardWan), "奖励（万元）"),
        (nameof(ReferralReward.RefusalReason), "不予奖励原因"), (nameof(ReferralReward.NoticeFrom), "公示开始日期"),
        (nameof(ReferralReward.NoticeTo), "公示截止"), (nameof(ReferralReward.NoticeObjection), "异议或处理情况"),
        (nameof(ReferralReward.PaidOn), "支付日期"), (nameof(ReferralReward.PaidWan), "支付金额（万元）"),
        (nameof(ReferralReward.PaymentReference), "支付凭证号"), (nameof(RewardConfirmation.UnitId), "确认单位"),
        (nameof(RewardConfirmation.Agreed), "意见"), (nameof(RewardConfirmation.Note), "理由"),
    ];

    public static HistoryLine Describe(AuditEntry e, IReadOnlyDictionary<int, string> units)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(units);
        var after = Read(e.After);
        var changes = new List<(string, string)>();
        foreach (var (name, field) in Fields)
        {
            if (after.TryGetValue(name, out var v) && v.ValueKind != JsonValueKind.Null && Show(name, v, units) is { } text)
            {
                changes.Add((field, text));
            }
        }
        var line = e.EntityType == nameof(RewardConfirmation);
        var what = e.Action switch
        {
            AuditActions.Create => line ? "列入联合确认" : "登记奖励案件",
            AuditActions.Delete => line ? "撤销确认单位" : "删除",
            _ => line ? "联合确认" : "办理",
        };
        return new HistoryLine(e.At, e.UserName, what, changes);
    }

    /// <summary>The unit ids the entries name, to look their names up once.</summary>
    public static IEnumerable<int> UnitIds(IEnumerable<AuditEntry> entries) =>
        entries.Select(e => Read(e.After).GetValueOrDefault(nameof(RewardConfirmation.UnitId)))
            .Where(v => v.ValueKind == JsonValueKind.Number).Select(v => v.GetInt32());

    private static string? Show(string name, JsonElement v, IReadOnlyDictionary<int, string> units) => name switch
    {
        nameof(ReferralReward.State) => RewardNames.Of(v.ValueKind == JsonValueKind.Number ? (RewardState)v.GetInt32()
            : Enum.Parse<RewardState>(v.GetString()!)),
        nameof(RewardConfirmation.UnitId) => units.GetValueOrDefault(v.GetInt32(), v.ToString()),
        nameof(RewardConfirmation.Agreed) => v.GetBoolean() ? "同意" : "不同意",
        _ when v.ValueKind == JsonValueKind.Number => v.GetDecimal().ToString("#,##0.##", CultureInfo.InvariantCulture),
        _ => v.ToString(),
    };

    private static Dictionary<string, JsonElement> Read(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.ValueKind == JsonValueKind.Object
            ? doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone())
            : [];
    }
}
