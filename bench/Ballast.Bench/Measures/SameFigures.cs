using System.Globalization;
using System.Text.Json;

namespace Ballast.Bench.Measures;

/// <summary>Whether the plain SQL and the dashboard's district table (its <c>districts</c>) say the same: the floor is
/// only a floor if it yields the same figures. Returns the differences, empty when they agree.</summary>
public static class SameFigures
{
    public static List<string> Compare(IReadOnlyList<DistrictRow> sql, string dashboardJson)
    {
        using var json = JsonDocument.Parse(dashboardJson);
        var app = json.RootElement.GetProperty("districts").EnumerateArray().ToDictionary(
            d => d.GetProperty("name").GetString() ?? "",
            d => new DistrictRow(d.GetProperty("name").GetString() ?? "", d.GetProperty("projects").GetInt32(),
                d.GetProperty("planWan").GetDecimal(), d.GetProperty("ytdWan").GetDecimal(), d.GetProperty("reported").GetInt32()));
        var differences = new List<string>();
        foreach (var row in sql)
        {
            if (!app.Remove(row.Name, out var a))
            {
                differences.Add($"{row.Name}: not in the dashboard");
            }
            else if (a.Projects != row.Projects || a.Reported != row.Reported
                || Math.Abs(a.Plan - row.Plan) > 0.01m || Math.Abs(a.Ytd - row.Ytd) > 0.01m)
            {
                differences.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{row.Name}: dashboard {a.Projects}/{a.Plan}/{a.Ytd}/{a.Reported}, SQL {row.Projects}/{row.Plan}/{row.Ytd}/{row.Reported}"));
            }
        }
        differences.AddRange(app.Keys.Select(k => $"{k}: not in the plain SQL"));
        return differences;
    }
}
