using System.Globalization;
using System.Text.Json;
using Ballast.Web.Common;
using Ballast.Web.Data;
using Ballast.Web.Features.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Programme;

/// <summary>An item's history, read from the audit trail (which already holds every change, with
/// who and when) rather than from columns of its own.</summary>
public static class SupervisionHistory
{
    public static async Task<IReadOnlyList<SupervisionStep>> LoadAsync(AppDbContext db, int id)
    {
        var key = id.ToString(CultureInfo.InvariantCulture);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(SupervisionItem) && e.EntityKey == key)
            .OrderBy(e => e.Id).ToListAsync();
        var ids = entries.SelectMany(e => UnitIds(e.After)).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name);
        return [.. entries.Select(e => Describe(e, units))];
    }

    public static SupervisionStep Describe(AuditEntry e, IReadOnlyDictionary<int, string> units)
    {
        var before = Read(e.Before);
        var after = Read(e.After);
        var changes = new List<SupervisionChange>();
        foreach (var (name, field) in Fields)
        {
            // A new item's empty columns and zero count say nothing.
            if (!after.TryGetValue(name, out var value) || (e.Action == AuditActions.Create
                && (value.ValueKind == JsonValueKind.Null || name == nameof(SupervisionItem.ChaseCount))))
            {
                continue;
            }
            var text = name switch
            {
                nameof(SupervisionItem.State) => SupervisionNames.Of(StateOf(value)),
                nameof(SupervisionItem.OwnerUnitId) when value.TryGetInt32(out var unit) =>
                    units.GetValueOrDefault(unit, unit.ToString(CultureInfo.InvariantCulture)),
                // A note is added to the record: show what was added, not the whole record again.
                nameof(SupervisionItem.Detail) when before.TryGetValue(name, out var old) && old.GetString() is { } prefix
                    && value.GetString() is { } full && full.StartsWith(prefix, StringComparison.Ordinal) => full[prefix.Length..].TrimStart('\n'),
                _ => value.ValueKind == JsonValueKind.Null ? null : value.ToString(),
            };
            changes.Add(new SupervisionChange(field, text, name is nameof(SupervisionItem.State) or nameof(SupervisionItem.Source)));
        }
        return new SupervisionStep(e.At.ToOffset(CityTime.Offset), e.UserName, e.Channel, What(e.Action, before, after), changes);
    }

    /// <summary>Columns worth showing, in order, with their Chinese names.</summary>
    private static readonly (string Name, string Field)[] Fields =
    [
        (nameof(SupervisionItem.Title), "督办事项"),
        (nameof(SupervisionItem.Source), "来源"),
        (nameof(SupervisionItem.OwnerUnitId), "承办单位"),
        (nameof(SupervisionItem.State), "状态"),
        (nameof(SupervisionItem.DueOn), "办结时限"),
        (nameof(SupervisionItem.Detail), "督办内容"),
        (nameof(SupervisionItem.Report), "办理情况"),
        (nameof(SupervisionItem.ChaseCount), "催办次数"),
        (nameof(SupervisionItem.ClosedOn), "办结日期"),
    ];

    private static string What(string action, Dictionary<string, JsonElement> before, Dictionary<string, JsonElement> after)
    {
        if (action == AuditActions.Create)
        {
            return "交办";
        }
        if (action != AuditActions.Update)
        {
            return "删除";
        }
        if (after.ContainsKey(nameof(SupervisionItem.ChaseCount)))
        {
            return "已催办";
        }
        if (after.ContainsKey(nameof(SupervisionItem.DueOn)))
        {
            return SupervisionNotes.Granted;
        }
        if (after.TryGetValue(nameof(SupervisionItem.State), out var to))
        {
            var from = before.TryGetValue(nameof(SupervisionItem.State), out var f) ? StateOf(f) : SupervisionState.Assigned;
            return (from, StateOf(to)) switch
            {
                (SupervisionState.Reported, SupervisionState.Acknowledged) => "退回办理情况",
                (_, SupervisionState.Acknowledged) => "已签收",
                (_, SupervisionState.Reported) => "已报送办理情况",
                (_, SupervisionState.Closed) => "已办结",
                _ => "更新",
            };
        }
        var added = after.TryGetValue(nameof(SupervisionItem.Detail), out var detail) ? detail.GetString() ?? "" : "";
        var last = added[(added.LastIndexOf('\n') + 1)..];
        return last.StartsWith("【" + SupervisionNotes.Declined, StringComparison.Ordinal) ? SupervisionNotes.Declined
            : last.StartsWith("【" + SupervisionNotes.Requested, StringComparison.Ordinal) ? SupervisionNotes.Requested
            : "更新";
    }

    /// <summary>The trail writes enums as numbers (today) or names: read either.</summary>
    private static SupervisionState StateOf(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? (SupervisionState)n
        : Enum.TryParse<SupervisionState>(value.ToString(), out var s) ? s : SupervisionState.Assigned;

    private static IEnumerable<int> UnitIds(string? json) =>
        Read(json).TryGetValue(nameof(SupervisionItem.OwnerUnitId), out var v) && v.TryGetInt32(out var id) ? [id] : [];

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
