using System.Net;
using Ballast.Tests.Import;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Enterprises;
using Microsoft.EntityFrameworkCore;
using static Ballast.Tests.Projects.SpineData;

namespace Ballast.Tests.Enterprises;

/// <summary>Designation lists through the import pipeline: every generated shape previews with exactly the expected
/// verdict per row; a commit upserts by USCC (then by unambiguous name), registers the firms it lacks in the
/// district the list names, is a no-op the second time, and with all-or-nothing keeps nothing when a row is bad.</summary>
public sealed class DesignationImportTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private const string Url = "/api/enterprises/import?kind=designations&kindCode=srdi-provincial";

    private async Task<DesignationSheets.Registry> RegistryAsync(int n, string tag)
    {
        var r = DesignationSheets.NewRegistry(n);
        await factory.WithDbAsync(async db =>
        {
            var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id);
            db.Enterprises.AddRange(
                new Enterprise { Name = $"青岛甲{tag}科技有限公司", Uscc = r.A, OwnerUnitId = units["370211"] },
                new Enterprise { Name = $"青岛乙{tag}精密有限公司", Uscc = r.B, OwnerUnitId = units["370215"] },
                new Enterprise { Name = $"青岛丙{tag}材料有限公司", Uscc = r.C, OwnerUnitId = units["370212"] },
                new Enterprise { Name = $"青岛丁{tag}新名有限公司", Uscc = r.D, FormerNames = $"青岛丁{tag}旧名有限公司", OwnerUnitId = units["370203"] },
                new Enterprise { Name = $"青岛同名{tag}有限公司", Uscc = r.Twin1, OwnerUnitId = units["370281"] },
                new Enterprise { Name = $"青岛同名{tag}有限公司", Uscc = r.Twin2, OwnerUnitId = units["370283"] });
            await db.SaveChangesAsync();
        });
        return r;
    }

    public static TheoryData<int> Shapes() => [0, 1, 2, 3, 4, 5, 6, 7];

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Every_shape_previews_each_row_exactly(int shape)
    {
        var tag = $"形{shape}";
        var registry = await RegistryAsync(8000 + (shape * 40), tag);
        var entries = DesignationSheets.Entries(registry, tag);
        var office = await ImportHttp.OfficeAsync(factory, $"ent-import-{shape}");

        var response = await office.PostAsync(Url + "&dryRun=true", ImportHttp.Upload(DesignationSheets.Build(entries, shape)));
        var body = await ImportHttp.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(body.GetProperty("sheetErrors").EnumerateArray());
        var rows = body.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(entries.Count, rows.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var problems = string.Join("；", rows[i].GetProperty("problems").EnumerateArray().Select(p => p.GetString()));
            Assert.True(entries[i].Reason is null ? problems.Length == 0 : problems.Contains(entries[i].Reason!, StringComparison.Ordinal),
                $"shape {shape}, {entries[i].Name}: expected {entries[i].Reason ?? "no problem"}, got '{problems}'");
        }
        Assert.Equal(entries.Count(e => e.Reason is null), body.GetProperty("good").GetInt32());
    }

    [Fact]
    public async Task A_commit_upserts_by_code_registers_new_firms_and_the_same_content_again_changes_nothing()
    {
        const string tag = "提交";
        var registry = await RegistryAsync(9000, tag);
        var entries = DesignationSheets.Entries(registry, tag);
        var office = await ImportHttp.OfficeAsync(factory, "ent-import-commit");

        var sheet = DesignationSheets.Build(entries, 1);
        var first = await ImportHttp.JsonAsync(await office.PostAsync(Url, ImportHttp.Upload(sheet)));
        Assert.True(first.GetProperty("committed").GetBoolean(), first.ToString());
        Assert.Equal(7, first.GetProperty("created").GetInt32());
        Assert.Equal(6, first.GetProperty("rejected").GetArrayLength());

        var (designations, firms, xihaianNew) = await CountsAsync(tag);
        Assert.Equal(7, designations);
        Assert.Equal(9, firms); // six registered before, three added from the list
        Assert.Equal(2, xihaianNew); // 黄岛区 and 胶南市 are both 西海岸新区 now
        var expiry = await factory.WithDbAsync(db => db.Designations.Where(d => d.Enterprise!.Uscc == registry.A).Select(d => d.ExpiresOn).SingleAsync());
        Assert.Equal(new DateOnly(2026, 12, 31), expiry);

        // The same file: refused as already imported. The same rows in another shape: updates that change nothing.
        var again = await ImportHttp.JsonAsync(await office.PostAsync(Url, ImportHttp.Upload(sheet)));
        Assert.True(again.GetProperty("alreadyImported").GetBoolean());
        var audited = await AuditedAsync();
        var reshaped = await ImportHttp.JsonAsync(await office.PostAsync(Url, ImportHttp.Upload(DesignationSheets.Build(entries, 6))));
        Assert.Equal(0, reshaped.GetProperty("created").GetInt32());
        Assert.Equal(7, reshaped.GetProperty("updated").GetInt32());
        Assert.Equal((designations, firms, xihaianNew), await CountsAsync(tag));
        Assert.Equal(audited, await AuditedAsync());
    }

    [Fact]
    public async Task All_or_nothing_keeps_nothing_when_one_row_is_bad()
    {
        const string tag = "全或无";
        var registry = await RegistryAsync(9100, tag);
        var entries = DesignationSheets.Entries(registry, tag).Take(8).ToList(); // seven good rows and one bad check digit
        var office = await ImportHttp.OfficeAsync(factory, "ent-import-all");

        var response = await office.PostAsync(Url + "&allOrNothing=true", ImportHttp.Upload(DesignationSheets.Build(entries, 0)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var rows = (await ImportHttp.JsonAsync(response)).GetProperty("rows");
        Assert.Contains("校验位", Assert.Single(rows.EnumerateArray()).GetProperty("problems")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal((0, 6, 0), await CountsAsync(tag));

        var good = await ImportHttp.JsonAsync(await office.PostAsync(Url + "&allOrNothing=true", ImportHttp.Upload(DesignationSheets.Build(entries.Take(7).ToList(), 0))));
        Assert.True(good.GetProperty("committed").GetBoolean());
        Assert.Equal(7, (await CountsAsync(tag)).Designations);
    }

    private Task<int> AuditedAsync() =>
        factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(Designation) || e.EntityType == nameof(Enterprise)));

    /// <summary>A list shaped as no test above shapes it: a two-line title, a merged two-row header, a district
    /// column first, sections by district, a batch column, the code missing for a firm already registered, notes.</summary>
    [Fact]
    public async Task A_published_list_in_a_shape_never_seen_imports_exactly()
    {
        const string tag = "公示";
        var registry = await RegistryAsync(9200, tag);
        var known = Uscc("370214", 9230);
        object?[][] rows =
        [
            ["附件2", null, null, null, null],
            ["青岛市2023年第二批省级“专精特新”中小企业名单", null, null, null, null],
            ["区（市）", "序号", "企业基本情况", null, "入选批次"],
            [null, null, "企业名称", "统一社会信用代码", null],
            ["一、西海岸新区", null, null, null, null],
            ["青岛西海岸新区", 1d, $"青岛甲{tag}科技有限公司", registry.A, "2023年第二批"],
            ["西海岸新区", 2d, $"青岛公示新材{tag}有限公司", DesignationSheets.Full(Uscc("370211", 9231)), "2023年第二批"],
            ["二、城阳区", null, null, null, null],
            ["城阳区", 3d, $"青岛公示城阳{tag}有限公司", known, "２０２３年第二批"],
            ["城阳区", 4d, $"青岛丙{tag}材料有限公司", "", "2023年第二批"],
            ["合计：4家", null, null, null, null],
            ["注：1.排名不分先后；2.有效期三年。", null, null, null, null],
        ];
        var office = await ImportHttp.OfficeAsync(factory, "ent-import-published");

        var result = await ImportHttp.JsonAsync(await office.PostAsync(Url, ImportHttp.Upload(Ballast.Tests.Excel.Xlsx.Build(rows, ["C3:D3", "A3:A4", "B3:B4", "E3:E4"]))));

        Assert.True(result.GetProperty("committed").GetBoolean(), result.ToString());
        Assert.Equal(4, result.GetProperty("created").GetInt32());
        Assert.Equal(0, result.GetProperty("rejected").GetArrayLength());
        var chengyang = await UnitAsync(factory, "370214");
        await factory.WithDbAsync(async db =>
        {
            var got = await db.Designations.Where(d => d.KindCode == "srdi-provincial" && d.Enterprise!.Name.Contains(tag))
                .Select(d => new { d.Enterprise!.Name, d.Enterprise.Uscc, d.Year, d.Level, d.DistrictUnitId }).ToListAsync();
            Assert.Equal(4, got.Count);
            Assert.All(got, d => Assert.Equal((2023, DesignationLevel.Provincial), (d.Year, d.Level)));
            Assert.Equal(chengyang, got.Single(d => d.Uscc == known).DistrictUnitId);
            Assert.Equal(registry.C, got.Single(d => d.Name.StartsWith("青岛丙", StringComparison.Ordinal)).Uscc);
        });
    }

    private Task<(int Designations, int Firms, int XihaianNew)> CountsAsync(string tag) => factory.WithDbAsync(async db =>
    {
        var firms = db.Enterprises.Where(e => e.Name.Contains(tag));
        var xihaian = await db.Units.Where(u => u.Code == "370211").Select(u => u.Id).SingleAsync();
        return (await db.Designations.CountAsync(d => d.KindCode == "srdi-provincial" && firms.Any(f => f.Id == d.EnterpriseId)),
            await firms.CountAsync(), await firms.CountAsync(e => e.OwnerUnitId == xihaian && e.Name.StartsWith("青岛新")));
    });
}
