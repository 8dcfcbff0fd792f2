using System.Net;
using System.Net.Http.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Compendium;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using static Ballast.Tests.Compendium.PolicyClient;

namespace Ballast.Tests.Compendium;

/// <summary>Chinese search through the API on the real database (FTS5 trigram and LIKE on SQLite, ILIKE on PostgreSQL).</summary>
public sealed class PolicySearchTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    // xunit makes a new instance per test; the class's database (and so its seed) is shared.
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static HttpClient? shared;

    private async Task<HttpClient> SeededAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return shared ??= await SeedAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<HttpClient> SeedAsync()
    {
        var client = await AsAsync(factory, "pol-search", "dept-drc", Roles.ProgrammeOffice);
        await CreateAsync(client, Input("青岛市支持人才创新创业若干政策", "青政发〔2023〕5号", summary: "对引进的高层次人才给予安家补贴和项目资助。",
            text: "第一条 对新引进的顶尖人才给予最高500万元安家补贴。\n第二条 人才公寓优先保障。"));
        await CreateAsync(client, Input("关于促进集成电路产业高质量发展的实施意见", "青政办发〔2023〕11号", issuer: "青岛市人民政府办公厅",
            summary: "支持12英寸晶圆制造项目，对设备投资给予补助。", text: "对EDA工具采购费用给予30%补助，单个企业最高1000万元。"));
        await CreateAsync(client, Input("青岛市“以商招商”及社会化招商奖励政策", "青商发〔2023〕20号", issuer: "青岛市商务局",
            summary: "对引荐项目落地的企业和中介机构给予奖励。", text: "奖励标准按实际到位资金的千分之五计算，AND 条件 NOT 限制 \"引号\" 50% 比例 a_b 字段。"));
        await CreateAsync(client, Input("关于加快虚拟现实产业发展的若干措施", "青工信字[2023]7号", issuer: "青岛市工业和信息化局",
            summary: "支持VR/AR整机及内容研发。", text: "对新获批的国家级专精特新“小巨人”企业给予一次性奖励。"));
        return client;
    }

    public static TheoryData<string, string[]> Queries() => new()
    {
        { "人才", ["青岛市支持人才创新创业若干政策"] },
        { "补贴", ["青岛市支持人才创新创业若干政策"] },
        { "补助", ["关于促进集成电路产业高质量发展的实施意见"] },
        { "集成电路", ["关于促进集成电路产业高质量发展的实施意见"] },
        { "安家补贴", ["青岛市支持人才创新创业若干政策"] },
        { "以商招商", ["青岛市“以商招商”及社会化招商奖励政策"] },
        { "社会化招商奖励", ["青岛市“以商招商”及社会化招商奖励政策"] },
        { "青政发〔2023〕5号", ["青岛市支持人才创新创业若干政策"] },
        { "青政发[2023]5号", ["青岛市支持人才创新创业若干政策"] },
        { "青政发(2023)5号", ["青岛市支持人才创新创业若干政策"] },
        { "青工信字〔2023〕7号", ["关于加快虚拟现实产业发展的若干措施"] },
        { "12英寸", ["关于促进集成电路产业高质量发展的实施意见"] },
        { "eda", ["关于促进集成电路产业高质量发展的实施意见"] },
        { "VR/AR", ["关于加快虚拟现实产业发展的若干措施"] },
        { "人才 公寓", ["青岛市支持人才创新创业若干政策"] },
        { "专精特新 小巨人", ["关于加快虚拟现实产业发展的若干措施"] },
        { "50%", ["青岛市“以商招商”及社会化招商奖励政策"] },
        { "a_b", ["青岛市“以商招商”及社会化招商奖励政策"] },
        { "\"引号\"", ["青岛市“以商招商”及社会化招商奖励政策"] },
        { "AND", ["青岛市“以商招商”及社会化招商奖励政策"] },
        { "NOT 限制", ["青岛市“以商招商”及社会化招商奖励政策"] },
        { "%", ["关于促进集成电路产业高质量发展的实施意见", "青岛市“以商招商”及社会化招商奖励政策"] },
        { "_", ["青岛市“以商招商”及社会化招商奖励政策"] },
        { "*", [] },
        { "NEAR(人才 补贴)", [] },
        { "量子计算", [] },
        { "人才 集成电路", [] },
        { "\"", ["青岛市“以商招商”及社会化招商奖励政策"] },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Queries_of_every_length_and_shape_answer_normally(string q, string[] titles)
    {
        var client = await SeededAsync();
        var response = await client.GetAsync("/api/policies?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var found = (await response.Content.ReadFromJsonAsync<List<PolicyDto>>(Json))!.Select(p => p.Title).Where(t => !t.StartsWith('改'));
        Assert.Equal(titles.Order(), found.Order());
    }

    [Fact]
    public async Task Hits_are_marked_after_encoding()
    {
        var client = await SeededAsync();
        var hit = (await ListAsync(client, "?q=" + Uri.EscapeDataString("人才"))).Single();
        Assert.Contains("<mark>人才</mark>", hit.TitleHtml, StringComparison.Ordinal);
        Assert.Contains("<mark>人才</mark>", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_combine_with_the_text()
    {
        var client = await SeededAsync();
        Assert.Single(await ListAsync(client, "?q=" + Uri.EscapeDataString("政策") + "&Issuer=" + Uri.EscapeDataString("青岛市商务局")));
        Assert.Empty(await ListAsync(client, "?q=" + Uri.EscapeDataString("人才") + "&Level=District"));
        Assert.Empty(await ListAsync(client, "?q=" + Uri.EscapeDataString("人才") + "&Year=2022"));
    }

    [Fact]
    public async Task An_edited_policy_is_found_by_its_new_words_and_a_deleted_one_not_at_all()
    {
        var client = await SeededAsync();
        var p = await CreateAsync(client, Input("改前标题海洋牧场专项", summary: "深远海养殖工船"));
        Assert.Single(await TitlesAsync(client, "深远海养殖"));
        var edit = Input("改后标题氢能源汽车示范", summary: "加氢站建设补助");
        edit.Version = p.Version;
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/policies/{p.Id}", edit, Json)).StatusCode);
        Assert.Empty(await TitlesAsync(client, "深远海养殖"));
        Assert.Empty(await TitlesAsync(client, "海洋牧场"));
        Assert.Equal(["改后标题氢能源汽车示范"], await TitlesAsync(client, "加氢站"));
        Assert.Equal(["改后标题氢能源汽车示范"], await TitlesAsync(client, "氢能"));

        await factory.WithDbAsync(db => db.Policies.Where(x => x.Id == p.Id).ExecuteDeleteAsync());
        Assert.Empty(await TitlesAsync(client, "加氢站"));
        Assert.Empty(await TitlesAsync(client, "氢能"));
    }

    [Fact]
    public async Task The_search_index_and_its_triggers_exist_after_migration()
    {
        if (BallastFactory.IsPostgres)
        {
            var indexes = await factory.WithDbAsync(db => db.Database.SqlQuery<string>(
                $"SELECT indexname AS \"Value\" FROM pg_indexes WHERE tablename = 'Policies' AND indexname LIKE '%trgm'").ToListAsync());
            Assert.Equal(4, indexes.Count);
            return;
        }
        var names = await factory.WithDbAsync(db => db.Database.SqlQuery<string>(
            $"SELECT name AS \"Value\" FROM sqlite_master WHERE name IN ('PolicySearch', 'Policies_search_ai', 'Policies_search_ad', 'Policies_search_au')").ToListAsync());
        Assert.Equal(["Policies_search_ad", "Policies_search_ai", "Policies_search_au", "PolicySearch"], names.Order(StringComparer.Ordinal));
    }
}
