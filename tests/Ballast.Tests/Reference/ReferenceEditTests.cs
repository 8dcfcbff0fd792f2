using System.Globalization;
using System.Net;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Common.Codes;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Reference;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Reference;

/// <summary>The system administrator keeps the taxonomies; the programme office reads them.</summary>
public sealed class ReferenceEditTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private async Task<HttpClient> SignedInAsAsync(string name, string role) =>
        await Browser.SignedInAsync(factory, name, await factory.CreateUserAsync(name, "dept-drc", role));

    [Fact]
    public async Task System_admin_renames_a_placeholder_chain_and_the_trail_keeps_before_and_after()
    {
        var sysadmin = await SignedInAsAsync("ref-rename", Roles.SystemAdmin);
        var chain = await factory.WithDbAsync(db => db.Chains.AsNoTracking().SingleAsync(c => c.Name == "产业链18（待定名）"));
        Assert.True(chain.IsPlaceholder);

        // The form posts the placeholder box as it was shown: still ticked.
        var response = await Forms.PostAsync(sysadmin, $"/Reference/ChainEdit/{chain.Id}",
            ("Input.Name", "海洋生物医药"), ("Input.NameEn", "Marine biomedicine"), ("Input.GroupId", chain.GroupId?.ToString(CultureInfo.InvariantCulture) ?? ""),
            ("Input.IsProgrammeChain", "true"), ("Input.IsPlaceholder", "true"), ("Input.SortOrder", chain.SortOrder.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var renamed = await factory.WithDbAsync(db => db.Chains.AsNoTracking().SingleAsync(c => c.Id == chain.Id));
        Assert.Equal("海洋生物医药", renamed.Name);
        Assert.False(renamed.IsPlaceholder);
        Assert.Equal(chain.Code, renamed.Code);

        var key = chain.Id.ToString(CultureInfo.InvariantCulture);
        var entry = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.EntityType == nameof(Chain) && e.EntityKey == key && e.Action == AuditActions.Update));
        Assert.Equal("ref-rename", entry.UserName);
        using var before = JsonDocument.Parse(entry.Before!);
        using var after = JsonDocument.Parse(entry.After!);
        Assert.Equal("产业链18（待定名）", before.RootElement.GetProperty("Name").GetString());
        Assert.Equal("海洋生物医药", after.RootElement.GetProperty("Name").GetString());
        Assert.True(before.RootElement.GetProperty("IsPlaceholder").GetBoolean());
        Assert.False(after.RootElement.GetProperty("IsPlaceholder").GetBoolean());

        var page = await sysadmin.GetStringAsync("/Reference?tab=chains");
        Assert.Contains("海洋生物医药", page, StringComparison.Ordinal);
        Assert.DoesNotContain("产业链18（待定名）", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_region_code_is_refused_and_a_good_one_is_added_with_its_level_and_parent()
    {
        var sysadmin = await SignedInAsAsync("ref-region", Roles.SystemAdmin);
        var count = await factory.WithDbAsync(db => db.Regions.CountAsync());
        foreach (var code in new[] { "990101", "37021", "3702AB" })
        {
            var response = await Forms.PostAsync(sysadmin, "/Reference/RegionEdit",
                ("Input.Code", code), ("Input.Name", "测试区"), ("Input.SortOrder", "99"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("不是有效的 GB/T 2260 区划代码", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var duplicate = await Forms.PostAsync(sysadmin, "/Reference/RegionEdit", ("Input.Code", "370211"), ("Input.Name", "重复"), ("Input.SortOrder", "99"));
        Assert.Contains("区划代码 370211 已存在", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(count, await factory.WithDbAsync(db => db.Regions.CountAsync()));

        // Typed through a Chinese input method: full-width digits.
        var ok = await Forms.PostAsync(sysadmin, "/Reference/RegionEdit", ("Input.Code", "３７０２９９"), ("Input.Name", "新设区"), ("Input.SortOrder", "99"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var region = await factory.WithDbAsync(db => db.Regions.SingleAsync(r => r.Code == "370299"));
        Assert.Equal(RegionLevel.County, region.Level);
        Assert.Equal("370200", region.ParentCode);
    }

    [Fact]
    public async Task A_successor_may_not_lead_back_to_the_region_and_only_retired_regions_have_one()
    {
        var sysadmin = await SignedInAsAsync("ref-successor", Roles.SystemAdmin);

        // 四方区 (370205) was merged into 市北区 (370203): 市北区 cannot in turn be succeeded by 四方区.
        var cycle = await Forms.PostAsync(sysadmin, "/Reference/RegionEdit/370203",
            ("Input.Name", "市北区"), ("Input.IsRetired", "true"), ("Input.SuccessorCode", "370205"), ("Input.SortOrder", "3"));
        Assert.Contains("继任区划不能是本区划，也不能由本区划继任", await cycle.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var active = await Forms.PostAsync(sysadmin, "/Reference/RegionEdit/370202",
            ("Input.Name", "市南区"), ("Input.SuccessorCode", "370203"), ("Input.SortOrder", "2"));
        Assert.Contains("只有已撤销的区划才有继任区划", await active.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var regions = await factory.WithDbAsync(db => db.Regions.Where(r => r.Code == "370203" || r.Code == "370202").ToListAsync());
        Assert.All(regions, r => Assert.False(r.IsRetired));
        Assert.All(regions, r => Assert.Null(r.SuccessorCode));

        var rename = await Forms.PostAsync(sysadmin, "/Reference/RegionEdit/370211",
            ("Input.Name", "黄岛区"), ("Input.NameEn", "Huangdao District"), ("Input.Note", "即青岛西海岸新区"), ("Input.SortOrder", "4"));
        Assert.Equal(HttpStatusCode.Redirect, rename.StatusCode);
        Assert.Equal("即青岛西海岸新区", await factory.WithDbAsync(db => db.Regions.Where(r => r.Code == "370211").Select(r => r.Note).SingleAsync()));
    }

    [Fact]
    public async Task A_chain_name_already_in_use_is_refused()
    {
        var sysadmin = await SignedInAsAsync("ref-dup-chain", Roles.SystemAdmin);
        var chain = await factory.WithDbAsync(db => db.Chains.AsNoTracking().SingleAsync(c => c.Name == "产业链19（待定名）"));
        var response = await Forms.PostAsync(sysadmin, $"/Reference/ChainEdit/{chain.Id}",
            ("Input.Name", "集成电路"), ("Input.IsProgrammeChain", "true"), ("Input.SortOrder", "18"));
        Assert.Contains("名称 集成电路 已被其他产业链使用", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("产业链19（待定名）", await factory.WithDbAsync(db => db.Chains.Where(c => c.Id == chain.Id).Select(c => c.Name).SingleAsync()));
    }

    [Fact]
    public async Task Programme_office_reads_every_tab_but_edits_nothing()
    {
        var office = await SignedInAsAsync("ref-office", Roles.ProgrammeOffice);
        foreach (var (tab, text) in new[] { ("chains", "集成电路"), ("groups", "优势产业"), ("regions", "四方区"), ("industries", "计算机、通信和其他电子设备制造业"), ("emerging", "新一代信息技术产业") })
        {
            var html = await office.GetStringAsync($"/Reference?tab={tab}");
            Assert.Contains(text, html, StringComparison.Ordinal);
            Assert.DoesNotContain("/Reference/ChainEdit", html, StringComparison.Ordinal);
        }
        foreach (var url in new[] { "/Reference/ChainEdit/1", "/Reference/GroupEdit", "/Reference/RegionEdit/370211" })
        {
            Assert.StartsWith("/Auth/Denied", (await office.GetAsync(url)).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        var district = await Browser.SignedInAsync(factory, "ref-district", await factory.CreateUserAsync("ref-district", "370211", Roles.DistrictStaff));
        Assert.StartsWith("/Auth/Denied", (await district.GetAsync("/Reference")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
