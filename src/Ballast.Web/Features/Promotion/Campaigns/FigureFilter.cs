namespace Ballast.Web.Features.Promotion;

/// <summary>The drill-down from a headline figure to the projects behind it (?figure=signed …).</summary>
public static class FigureFilter
{
    public static IEnumerable<CreditedProject> Apply(IEnumerable<CreditedProject> rows, string? figure, IReadOnlyDictionary<int, KeyCompletion> keys) =>
        figure switch
        {
            "negotiating" => rows.Where(r => r.Negotiating),
            "signed" => rows.Where(r => r.SignedAny),
            "started" => rows.Where(r => r.StartedNew),
            "key" => rows.Where(r => keys.ContainsKey(r.ProjectId)),
            _ => rows,
        };

    public static string Title(string? figure) => figure switch
    {
        "negotiating" => "洽谈中",
        "signed" => "已签约（含增资扩建）",
        "started" => "已开工",
        "key" => "重点项目",
        _ => "全部线索",
    };
}
