using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Ballast.Tests.Excel;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;

namespace Ballast.Tests.Import;

/// <summary>One bad value, three channels, one refusal: the edit page, POST /api/projects and the
/// import's preview all refuse it in the same words.</summary>
public sealed class SameRefusalTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    /// <summary>A project that is fine but for the one field the case changes.</summary>
    public sealed record BadValue(string Id, string Message, string? Name = null, decimal Total = 1_000m, string? Code = null, string? Uscc = null,
        string? Investor = null, string? Content = null, DateOnly? PlannedStart = null, DateOnly? PlannedEnd = null, decimal? Land = null);

    public static TheoryData<BadValue> Cases =>
    [
        new("negative-total", "总投资须在 0 到 10,000 亿元之间（以万元填写）", Total: -5m),
        new("huge-total", "总投资须在 0 到 10,000 亿元之间（以万元填写）", Total: 200_000_000m),
        new("long-name", "项目名称不超过200字", Name: new string('长', 201)),
        new("long-investor", "投资方名称不超过200字", Investor: new string('投', 201)),
        new("long-content", "建设内容不超过2000字", Content: new string('建', 2001)),
        new("short-code", "项目代码格式应为 2104-370200-04-01-498806", Code: "2304-370211-04"),
        new("bad-region-code", "第2段“990211”不是有效的行政区划代码（如 370200）", Code: "2304-990211-04-01-123456"),
        new("uscc-length", "统一社会信用代码应为18位（现为16位）", Uscc: "9111000060003734"),
        new("uscc-letters", Web.Common.Codes.Uscc.Check("9111000060003IOZSV").Problem!, Uscc: "9111000060003IOZSV"),
        new("uscc-check", $"{Web.Common.Codes.Uscc.Check("91110000600037341N").Problem}。如确认无误，请填写保留说明", Uscc: "91110000600037341N"),
        new("completion-before-start", "计划竣工日期不能早于计划开工日期", PlannedStart: new(2024, 5, 1), PlannedEnd: new(2024, 1, 1)),
        new("negative-land", "用地面积须大于 0 且不超过 100,000 亩", Land: -1m),
        new("zero-land", "用地面积须大于 0 且不超过 100,000 亩", Land: 0m),
        new("huge-land", "用地面积须大于 0 且不超过 100,000 亩", Land: 100_000.01m),
        .. Generated(),
    ];

    /// <summary>Hidden controls in each text field and implausible years in each date, generated. (The sheet
    /// reader cleans C1 controls away and reads only years 1900–2100 as dates, so those stay out of here.)</summary>
    private static IEnumerable<BadValue> Generated()
    {
        foreach (var c in new[] { '\u202E', '\u202A', '\u2066', '\u2069', '\u200F', '\u061C' })
        {
            var text = $"青岛{c}港口";
            var code = $"{(int)c:X4}";
            yield return new($"name-{code}", "「项目名称」不能含有控制字符", Name: text + "项目");
            yield return new($"investor-{code}", "「投资方」不能含有控制字符", Investor: text + "集团");
            yield return new($"content-{code}", "「建设内容」不能含有控制字符", Content: text + "扩建");
        }
        foreach (var year in new[] { 1900, 1949, 1989 })
        {
            yield return new($"start-{year}", "「计划开工」须在1990年至2100年之间", PlannedStart: new(year, 3, 1));
            yield return new($"end-{year}", "「计划竣工」须在1990年至2100年之间", PlannedEnd: new(year, 3, 1));
        }
    }

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Page_api_and_import_refuse_a_bad_value_in_the_same_words(BadValue c)
    {
        var name = c.Name ?? $"（同一拒绝{c.Id}）项目";
        var password = await factory.CreateUserAsync($"same-{c.Id}", "dept-drc", Roles.ProgrammeOffice);
        var unit = await Projects.SpineData.UnitAsync(factory, "370211");
        var total = c.Total.ToString(CultureInfo.InvariantCulture);

        var page = await Browser.SignedInAsync(factory, $"same-{c.Id}", password);
        var form = new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.OwnerUnitId"] = $"{unit}", ["Input.TotalInvestment"] = total, ["Input.ProjectCode"] = c.Code ?? "",
            ["Input.InvestorUscc"] = c.Uscc ?? "", ["Input.InvestorName"] = c.Investor ?? "", ["Input.ConstructionContent"] = c.Content ?? "",
            ["Input.PlannedStartOn"] = Date(c.PlannedStart) ?? "", ["Input.PlannedCompletionOn"] = Date(c.PlannedEnd) ?? "", ["InitialStage"] = "Lead",
            ["Input.LandAreaMu"] = c.Land?.ToString(CultureInfo.InvariantCulture) ?? "",
        };
        var html = WebUtility.HtmlDecode(await (await Browser.PostFormAsync(page, "/Projects/Edit", form)).Content.ReadAsStringAsync());
        Assert.Contains(c.Message, html, StringComparison.Ordinal);

        var api = await Browser.WithTokenAsync(factory, $"same-{c.Id}", password);
        var response = await api.PostAsJsonAsync("/api/projects", new
        {
            name, ownerUnitId = unit, totalInvestment = c.Total, projectCode = c.Code, investorUscc = c.Uscc, investorName = c.Investor,
            constructionContent = c.Content, plannedStartOn = Date(c.PlannedStart), plannedCompletionOn = Date(c.PlannedEnd),
            landAreaMu = c.Land,
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ImportHttp.JsonAsync(response)).GetProperty("errors").EnumerateObject().SelectMany(e => e.Value.EnumerateArray().Select(v => v.GetString()));
        Assert.Equal([c.Message], errors);

        var sheet = Xlsx.Build(
            ["项目名称", "区市", "总投资（万元）", "项目代码", "统一社会信用代码", "投资方", "建设内容", "计划开工日期", "计划竣工日期", "用地面积（亩）"],
            [name, "西海岸新区", total, c.Code, c.Uscc, c.Investor, c.Content, Date(c.PlannedStart), Date(c.PlannedEnd), c.Land?.ToString(CultureInfo.InvariantCulture)]);
        var preview = await ImportHttp.JsonAsync(await api.PostAsync("/api/projects/import?dryRun=true", ImportHttp.Upload(sheet)));
        Assert.Equal([$"2: {c.Message}"], ImportHttp.Rejections(preview, "rows"));
    }
}
