using System.Net;
using System.Text.Json;
using Ballast.Tests.Import;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Compendium;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects.Import;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Compendium;

/// <summary>The policy import on the real database: every generated shape previews each row with exactly the
/// expected verdict and reason; a commit writes through the form's save; the same rows again change nothing; an
/// exported list imports back unchanged; all-or-nothing keeps nothing when one row is bad; scope as the form's.</summary>
public sealed class PolicyImportTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private const string Url = "/api/policies/import";

    public static TheoryData<int> Shapes() => [.. Enumerable.Range(0, PolicySheets.Shapes)];

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Every_shape_previews_each_row_exactly(int shape)
    {
        var entries = PolicySheets.Entries($"形{shape}", 100 + (shape * 20));
        var (sheet, numbers) = PolicySheets.Build(entries, shape);
        var office = await ImportHttp.OfficeAsync(factory, $"pol-import-{shape}");

        var response = await office.PostAsync(Url + "?dryRun=true", ImportHttp.Upload(sheet, "政策.xlsx"));
        var body = await ImportHttp.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(body.GetProperty("sheetErrors").EnumerateArray());
        var rows = body.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(numbers, rows.Select(r => r.GetProperty("rowNumber").GetInt32()));
        for (var i = 0; i < entries.Count; i++)
        {
            var problems = Problems(rows[i]);
            Assert.True(entries[i].Reason is null ? problems.Length == 0 : problems.Contains(entries[i].Reason!, StringComparison.Ordinal),
                $"shape {shape}, row {numbers[i]}: expected {entries[i].Reason ?? "no problem"}, got '{problems}'");
        }
        Assert.Equal(3, body.GetProperty("good").GetInt32());
    }

    [Fact]
    public async Task A_commit_saves_every_field_and_the_same_rows_again_change_nothing()
    {
        const string tag = "提交";
        var entries = PolicySheets.Entries(tag, 300);
        var office = await ImportHttp.OfficeAsync(factory, "pol-import-commit");
        var sheet = PolicySheets.Build(entries, 1).Sheet;

        var first = await ImportHttp.JsonAsync(await office.PostAsync(Url, ImportHttp.Upload(sheet)));
        Assert.True(first.GetProperty("committed").GetBoolean(), first.ToString());
        Assert.Equal((3, 10), (first.GetProperty("created").GetInt32(), first.GetProperty("rejected").GetArrayLength()));
        var city = await PolicyAsync($"{tag}产业扶持政策300");
        Assert.Equal(("青政发〔2023〕300号", PolicyLevel.City, new DateOnly(2023, 5, 1), new DateOnly(2025, 12, 31), true),
            (city.DocumentNumber, city.Level, city.EffectiveOn, city.ExpiresOn, city.IsPublished));
        Assert.Equal(["38", "39"], city.Industries.Select(i => i.DivisionCode).Order());
        Assert.Equal(2, city.Chains.Count);
        Assert.Equal($"对{tag}企业给予补贴。\n第二段说明。", city.Summary);
        Assert.Equal(("市工业和信息化局", "王科长", "0532-85911234"), (city.Contacts[0].Unit, city.Contacts[0].Name, city.Contacts[0].Phone));
        var park = await PolicyAsync($"{tag}产业扶持政策302");
        Assert.Equal(PolicyLevel.Park, park.Level);

        var again = await ImportHttp.JsonAsync(await office.PostAsync(Url, ImportHttp.Upload(sheet)));
        Assert.True(again.GetProperty("alreadyImported").GetBoolean());
        var before = await TraceAsync();
        for (var shape = 0; shape < PolicySheets.Shapes; shape++)
        {
            var reshaped = PolicySheets.Build(entries, shape).Sheet;
            var preview = await ImportHttp.JsonAsync(await office.PostAsync(Url + "?dryRun=true", ImportHttp.Upload(reshaped)));
            Assert.Equal(3, preview.GetProperty("rows").EnumerateArray().Count(r => r.GetProperty("action").GetInt32() == (int)RowAction.Unchanged));
            var result = await ImportHttp.JsonAsync(await office.PostAsync(Url, ImportHttp.Upload(reshaped)));
            Assert.Equal((0, 0), (result.GetProperty("created").GetInt32(), result.GetProperty("updated").GetInt32()));
        }
        Assert.Equal(before, await TraceAsync());
    }

    [Fact]
    public async Task An_exported_list_imports_back_unchanged_in_either_language_and_an_edited_cell_updates_only_that()
    {
        const string tag = "导出";
        var password = await factory.CreateUserAsync("pol-import-export", "dept-drc", Roles.ProgrammeOffice);
        var office = await Browser.WithTokenAsync(factory, "pol-import-export", password);
        var pages = await Browser.SignedInAsync(factory, "pol-import-export", password);
        var good = PolicySheets.Entries(tag, 400).Where(e => e.Reason is null).ToList();
        Assert.True((await ImportHttp.JsonAsync(await office.PostAsync(Url, ImportHttp.Upload(PolicySheets.Build(good, 0).Sheet))))
            .GetProperty("committed").GetBoolean());
        var before = await TraceAsync();
        foreach (var language in new[] { "zh-CN", "en" })
        {
            var export = await pages.GetByteArrayAsync($"/Policies?handler=Export&Q={Uri.EscapeDataString(tag)}&culture={language}&ui-culture={language}");
            var preview = await ImportHttp.JsonAsync(await office.PostAsync(Url + "?dryRun=true", ImportHttp.Upload(new MemoryStream(export))));
            Assert.Empty(preview.GetProperty("sheetErrors").EnumerateArray());
            Assert.Null(preview.GetProperty("unmatchedNotice").GetString());
            Assert.All(preview.GetProperty("rows").EnumerateArray(), r => Assert.Equal((int)RowAction.Unchanged, r.GetProperty("action").GetInt32()));
            Assert.Equal(3, preview.GetProperty("rows").GetArrayLength());
        }
        Assert.Equal(before, await TraceAsync());

        // Only the summary of one policy changes; its code, chains and contact stay.
        var district = await PolicyAsync($"{tag}产业扶持政策401");
        var sheet = ImportHttp.Sheet([["公开代码", "摘要", "联系电话"], [district.Code, "新的摘要", null]], []);
        var result = await ImportHttp.JsonAsync(await office.PostAsync(Url, ImportHttp.Upload(sheet)));
        Assert.Equal(1, result.GetProperty("updated").GetInt32());
        var after = await PolicyAsync(district.Title);
        Assert.Equal(("新的摘要", district.Code, district.Version + 1, district.Chains.Count, "0532-85911234"),
            (after.Summary, after.Code, after.Version, after.Chains.Count, after.Contacts[0].Phone));
    }

    [Fact]
    public async Task The_template_s_example_row_imports_as_a_new_policy()
    {
        var password = await factory.CreateUserAsync("pol-import-template", "dept-drc", Roles.ProgrammeOffice);
        var pages = await Browser.SignedInAsync(factory, "pol-import-template", password);
        var template = await pages.GetByteArrayAsync("/Policies/Import?handler=Template");
        var office = await Browser.WithTokenAsync(factory, "pol-import-template", password);

        var body = await ImportHttp.JsonAsync(await office.PostAsync(Url + "?dryRun=true", ImportHttp.Upload(new MemoryStream(template))));

        var row = Assert.Single(body.GetProperty("rows").EnumerateArray());
        Assert.Equal((int)RowAction.Create, row.GetProperty("action").GetInt32());
        Assert.Equal("", Problems(row));
    }

    [Fact]
    public async Task Rows_find_their_policy_by_code_then_number_and_issuer_then_title_and_issuer()
    {
        const string tag = "匹配";
        var office = await ImportHttp.OfficeAsync(factory, "pol-import-match");
        var good = PolicySheets.Entries(tag, 500).Take(2).ToList();
        await office.PostAsync(Url, ImportHttp.Upload(PolicySheets.Build(good, 0).Sheet));
        var a = await PolicyAsync($"{tag}产业扶持政策500");
        var b = await PolicyAsync($"{tag}产业扶持政策501");
        var issuer = $"青岛市人民政府{tag}";
        var sheet = ImportHttp.Sheet(
        [
            ["政策名称", "文号", "发布单位", "公开代码", "失效日期"],
            ["改名后的政策500", null, issuer, a.Code.ToLowerInvariant(), "2026-06-30"],
            [b.Title, "青政发【2023】501号", issuer, null, "2026-06-30"],
            [$"{tag}无文号政策", null, issuer, null, null],
            [b.Title, null, issuer, null, null],
            ["另一政策", "青政发〔2023〕501号", issuer, a.Code, null],
            ["代码不存在", null, issuer, "ZZZZZZ", null],
        ], []);

        var body = await ImportHttp.JsonAsync(await office.PostAsync(Url + "?dryRun=true", ImportHttp.Upload(sheet)));
        var rows = body.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal([(int)RowAction.Update, (int)RowAction.Update, (int)RowAction.Create], rows.Take(3).Select(r => r.GetProperty("action").GetInt32()));
        Assert.Contains("与第 3 行是同一政策", Problems(rows[3]), StringComparison.Ordinal);
        Assert.Contains("与第 2 行是同一政策", Problems(rows[4]), StringComparison.Ordinal);
        Assert.Contains("「公开代码」ZZZZZZ", Problems(rows[5]), StringComparison.Ordinal);

        // A code and another policy's 文号 in force from the same issuer: the form's refusal, naming the other.
        var clash = ImportHttp.Sheet([["公开代码", "文号"], [a.Code, "青政发〔2023〕501号"]], []);
        var refused = await office.PostAsync(Url, ImportHttp.Upload(clash));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var row = Assert.Single((await ImportHttp.JsonAsync(refused)).GetProperty("rows").EnumerateArray());
        Assert.Contains($"《{b.Title}》", Problems(row), StringComparison.Ordinal);
        Assert.Contains("文号「青政发〔2023〕501号」", Problems(row), StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_or_nothing_keeps_nothing_when_one_row_is_bad_and_good_rows_only_keeps_exactly_the_good()
    {
        const string tag = "全或无";
        var office = await ImportHttp.OfficeAsync(factory, "pol-import-all");
        var entries = PolicySheets.Entries(tag, 600).Take(4).ToList();

        var refused = await office.PostAsync(Url + "?allOrNothing=true", ImportHttp.Upload(PolicySheets.Build(entries, 3).Sheet));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var body = await ImportHttp.JsonAsync(refused);
        Assert.False(body.GetProperty("committed").GetBoolean());
        Assert.Contains("请填写政策名称", Problems(Assert.Single(body.GetProperty("rows").EnumerateArray())), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(tag));

        var kept = await ImportHttp.JsonAsync(await office.PostAsync(Url, ImportHttp.Upload(PolicySheets.Build(entries, 3).Sheet)));
        Assert.Equal((true, 3, 1), (kept.GetProperty("committed").GetBoolean(), kept.GetProperty("created").GetInt32(), kept.GetProperty("rejected").GetArrayLength()));
        Assert.Equal(3, await CountAsync(tag));
    }

    [Fact]
    public async Task A_district_imports_only_what_its_scope_may_write()
    {
        const string tag = "范围";
        var office = await ImportHttp.OfficeAsync(factory, "pol-import-scope-office");
        var laoshan = PolicySheets.Entries(tag, 700)[1];
        laoshan.Cells["Area"] = "崂山区";
        await office.PostAsync(Url, ImportHttp.Upload(PolicySheets.Build([laoshan], 0).Sheet));
        var jimo = await PolicyClient.AsAsync(factory, "pol-import-jimo", "370215", Roles.DistrictStaff);
        var own = PolicySheets.Entries(tag, 710)[1];
        own.Cells["Area"] = "即墨区";
        laoshan.Cells["Summary"] = "即墨改崂山的政策";

        var body = await ImportHttp.JsonAsync(await jimo.PostAsync(Url + "?dryRun=true",
            ImportHttp.Upload(PolicySheets.Build([laoshan, own, new(PolicySheets.Good(tag, 720), null)], 0).Sheet)));
        var rows = body.GetProperty("rows").EnumerateArray().ToList();
        Assert.Contains("只能修改本单位的政策", Problems(rows[0]), StringComparison.Ordinal);
        Assert.Equal((int)RowAction.Create, rows[1].GetProperty("action").GetInt32());
        Assert.Contains("市级政策由领导小组办公室或市直部门录入", Problems(rows[2]), StringComparison.Ordinal);
    }

    private static string Problems(JsonElement row) => string.Join("；", row.GetProperty("problems").EnumerateArray().Select(p => p.GetString()));

    private Task<Policy> PolicyAsync(string title) => factory.WithDbAsync(db => db.Policies.AsNoTracking().Include(p => p.Chains)
        .Include(p => p.Industries).Include(p => p.Contacts).SingleAsync(p => p.Title == title));

    private Task<int> CountAsync(string tag) => factory.WithDbAsync(db => db.Policies.CountAsync(p => p.Issuer == $"青岛市人民政府{tag}"));

    /// <summary>What a change would leave behind: audit entries and status history of policies.</summary>
    private Task<(int, int)> TraceAsync() => factory.WithDbAsync(async db =>
        (await db.AuditEntries.CountAsync(e => e.EntityType.StartsWith(nameof(Policy))), await db.PolicyStatusChanges.CountAsync()));
}
