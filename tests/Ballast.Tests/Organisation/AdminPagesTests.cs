using System.Globalization;
using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Organisation;

/// <summary>Accounts and roles are managed by the security administrator alone, under the
/// separation of duties; everything refused leaves the database as it was.</summary>
public sealed class AdminPagesTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private const string StrongPassword = "Strong-Passw0rd9";

    private Task<int> UnitIdAsync(string code) => factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    private Task<int> UserIdAsync(string name) => factory.WithDbAsync(db => db.Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync());

    private Task<List<string>> RolesOfAsync(string name) => factory.WithDbAsync(db =>
        (from u in db.Users
         join ur in db.UserRoles on u.Id equals ur.UserId
         join r in db.Roles on ur.RoleId equals r.Id
         where u.UserName == name
         orderby r.Name
         select r.Name!).ToListAsync());

    private async Task<HttpClient> SignedInAsAsync(string name, string unit, string role) =>
        await Browser.SignedInAsync(factory, name, await factory.CreateUserAsync(name, unit, role));

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Security_admin_creates_a_user_who_can_then_sign_in()
    {
        var admin = await SignedInAsAsync("adm-create", "dept-drc", Roles.SecurityAdmin);
        var unit = await UnitIdAsync("370211");

        var response = await Forms.PostAsync(admin, "/Organisation/UserEdit",
            ("Input.UserName", "new-district-user"), ("Input.DisplayName", "王小明"), ("Input.UnitId", Id(unit)),
            ("Input.RoleNames", Roles.DistrictStaff), ("Input.Password", StrongPassword), ("Input.ConfirmPassword", StrongPassword));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Organisation/Users", response.Headers.Location!.OriginalString);
        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "new-district-user"));
        Assert.Equal("王小明", user.DisplayName);
        Assert.Equal(unit, user.UnitId);
        Assert.Equal([Roles.DistrictStaff], await RolesOfAsync("new-district-user"));

        var key = Id(user.Id);
        var created = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.EntityType == nameof(AppUser) && e.EntityKey == key && e.Action == AuditActions.Create));
        Assert.Equal("adm-create", created.UserName);
        Assert.Equal("page", created.Channel);

        var list = await admin.GetStringAsync("/Organisation/Users");
        Assert.Contains("new-district-user", list, StringComparison.Ordinal);
        Assert.Contains("区市人员", list, StringComparison.Ordinal);

        // The password the administrator chose is temporary: nothing opens until its owner changes it.
        var newcomer = await Browser.SignedInAsync(factory, "new-district-user", StrongPassword);
        Assert.Equal("/Account/ChangePassword", (await newcomer.GetAsync("/Projects")).Headers.Location!.OriginalString);
        var changed = await Browser.ChangePasswordAsync(newcomer, StrongPassword, "Own-passw0rd-77");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await newcomer.GetAsync("/Projects")).StatusCode);
    }

    [Fact]
    public async Task Combining_system_admin_and_auditor_is_refused_in_Chinese_and_nothing_is_written()
    {
        var admin = await SignedInAsAsync("adm-separation", "dept-drc", Roles.SecurityAdmin);
        var unit = await UnitIdAsync("dept-drc");
        var entriesBefore = await factory.WithDbAsync(db => db.AuditEntries.CountAsync());

        var response = await Forms.PostAsync(admin, "/Organisation/UserEdit",
            ("Input.UserName", "two-hats"), ("Input.DisplayName", "两顶帽子"), ("Input.UnitId", Id(unit)),
            ("Input.RoleNames", Roles.SystemAdmin), ("Input.RoleNames", Roles.Auditor),
            ("Input.Password", StrongPassword), ("Input.ConfirmPassword", StrongPassword));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("系统管理员、安全管理员、安全审计员须由不同人员担任，且不得兼任其他角色", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "two-hats")));
        Assert.Equal(entriesBefore, await factory.WithDbAsync(db => db.AuditEntries.CountAsync()));

        // The same holds when an existing account is given the second hat.
        await factory.CreateUserAsync("one-hat", "dept-drc", Roles.SystemAdmin);
        var id = await UserIdAsync("one-hat");
        var edit = await Forms.PostAsync(admin, $"/Organisation/UserEdit/{id}",
            ("Input.DisplayName", "一顶帽子"), ("Input.UnitId", Id(unit)), ("Input.RoleNames", Roles.SystemAdmin), ("Input.RoleNames", Roles.Auditor));
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Contains("须由不同人员担任", await edit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([Roles.SystemAdmin], await RolesOfAsync("one-hat"));
        Assert.Equal("one-hat", await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).SingleAsync()));
    }

    [Fact]
    public async Task A_weak_or_mismatched_password_is_refused_and_no_account_is_created()
    {
        var admin = await SignedInAsAsync("adm-password", "dept-drc", Roles.SecurityAdmin);
        var unit = Id(await UnitIdAsync("370215"));

        var weak = await Forms.PostAsync(admin, "/Organisation/UserEdit",
            ("Input.UserName", "weak-user"), ("Input.DisplayName", "弱密码"), ("Input.UnitId", unit),
            ("Input.RoleNames", Roles.DistrictStaff), ("Input.Password", "short"), ("Input.ConfirmPassword", "short"));
        Assert.Contains("密码至少10位", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var mismatch = await Forms.PostAsync(admin, "/Organisation/UserEdit",
            ("Input.UserName", "weak-user"), ("Input.DisplayName", "弱密码"), ("Input.UnitId", unit),
            ("Input.RoleNames", Roles.DistrictStaff), ("Input.Password", StrongPassword), ("Input.ConfirmPassword", StrongPassword + "x"));
        Assert.Contains("两次输入的密码不一致", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "weak-user")));
    }

    [Fact]
    public async Task Only_the_security_admin_opens_the_user_pages()
    {
        var district = await SignedInAsAsync("adm-district", "370211", Roles.DistrictStaff);
        foreach (var url in new[] { "/Organisation/Users", "/Organisation/UserEdit", "/Organisation" })
        {
            var response = await district.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Auth/Denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        var sysadmin = await SignedInAsAsync("adm-sys-users", "dept-drc", Roles.SystemAdmin);
        Assert.StartsWith("/Auth/Denied", (await sysadmin.GetAsync("/Organisation/Users")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var office = await SignedInAsAsync("adm-office", "dept-drc", Roles.ProgrammeOffice);
        var tree = await office.GetAsync("/Organisation");
        Assert.Equal(HttpStatusCode.OK, tree.StatusCode);
        Assert.Contains("胶西街道", await tree.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith("/Auth/Denied", (await office.GetAsync("/Organisation/UnitEdit")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Security_admin_cannot_change_their_own_roles_or_unit()
    {
        var admin = await SignedInAsAsync("adm-self", "dept-drc", Roles.SecurityAdmin);
        var id = await UserIdAsync("adm-self");
        var drc = Id(await UnitIdAsync("dept-drc"));

        var roles = await Forms.PostAsync(admin, $"/Organisation/UserEdit/{id}",
            ("Input.DisplayName", "adm-self"), ("Input.UnitId", drc), ("Input.RoleNames", Roles.SecurityAdmin), ("Input.RoleNames", Roles.ProgrammeOffice));
        Assert.Equal(HttpStatusCode.OK, roles.StatusCode);
        Assert.Contains("不能修改自己的角色", await roles.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([Roles.SecurityAdmin], await RolesOfAsync("adm-self"));

        var unit = await Forms.PostAsync(admin, $"/Organisation/UserEdit/{id}",
            ("Input.DisplayName", "adm-self"), ("Input.UnitId", Id(await UnitIdAsync("370200"))), ("Input.RoleNames", Roles.SecurityAdmin));
        Assert.Contains("不能修改自己的所属单位", await unit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(await UnitIdAsync("dept-drc"), await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.UnitId).SingleAsync()));

        // Their own display name is theirs to correct.
        var name = await Forms.PostAsync(admin, $"/Organisation/UserEdit/{id}",
            ("Input.DisplayName", "安全管理员甲"), ("Input.UnitId", drc), ("Input.RoleNames", Roles.SecurityAdmin));
        Assert.Equal(HttpStatusCode.Redirect, name.StatusCode);
        Assert.Equal("安全管理员甲", await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).SingleAsync()));
    }

    [Fact]
    public async Task Unlock_and_password_reset_let_a_locked_out_user_back_in_and_end_old_sessions()
    {
        var admin = await SignedInAsAsync("adm-unlock", "dept-drc", Roles.SecurityAdmin);
        var password = await factory.CreateUserAsync("locked-user", "370215", Roles.DistrictStaff);
        var old = await Browser.SignedInAsync(factory, "locked-user", password);
        var probe = Browser.NewClient(factory);
        for (var i = 0; i < 5; i++)
        {
            await Browser.LoginAsync(probe, "locked-user", "Wrong-passw0rd");
        }
        Assert.Contains("已锁定", await admin.GetStringAsync("/Organisation/Users"), StringComparison.Ordinal);

        var id = await UserIdAsync("locked-user");
        var response = await Forms.PostAsync(admin, $"/Organisation/UserEdit/{id}",
            ("Input.DisplayName", "locked-user"), ("Input.UnitId", Id(await UnitIdAsync("370215"))), ("Input.RoleNames", Roles.DistrictStaff),
            ("Input.Unlock", "true"), ("Input.Password", StrongPassword), ("Input.ConfirmPassword", StrongPassword));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await Browser.SignedInAsync(factory, "locked-user", StrongPassword);
        var stale = await old.GetAsync("/");
        Assert.StartsWith("/Auth/Login", stale.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_duplicate_unit_code_is_refused_with_a_clear_message()
    {
        var sysadmin = await SignedInAsAsync("adm-unit-dup", "dept-drc", Roles.SystemAdmin);
        var count = await factory.WithDbAsync(db => db.Units.CountAsync());
        foreach (var code in new[] { "370211", "DEPT-DRC" })
        {
            var response = await Forms.PostAsync(sysadmin, "/Organisation/UnitEdit",
                ("Input.Code", code), ("Input.Name", "重复单位"), ("Input.Kind", nameof(UnitKind.Department)), ("Input.SortOrder", "1"), ("Input.IsActive", "true"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains($"单位代码 {code} 已被其他单位使用", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(count, await factory.WithDbAsync(db => db.Units.CountAsync()));
    }

    [Fact]
    public async Task A_parent_that_would_make_a_cycle_is_refused()
    {
        var sysadmin = await SignedInAsAsync("adm-unit-cycle", "dept-drc", Roles.SystemAdmin);
        var jiaozhou = await UnitIdAsync("370281");
        var jiaoxi = await UnitIdAsync("370281-jiaoxi");
        var city = await UnitIdAsync("370200");

        foreach (var parent in new[] { jiaoxi, jiaozhou })
        {
            var response = await Forms.PostAsync(sysadmin, $"/Organisation/UnitEdit/{jiaozhou}",
                ("Input.Code", "370281"), ("Input.Name", "胶州市"), ("Input.Kind", nameof(UnitKind.District)), ("Input.ParentId", Id(parent)),
                ("Input.RegionCode", "370281"), ("Input.SortOrder", "1"), ("Input.IsActive", "true"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("上级单位不能是本单位或其下级单位", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(city, await factory.WithDbAsync(db => db.Units.Where(u => u.Id == jiaozhou).Select(u => u.ParentId).SingleAsync()));
    }

    [Fact]
    public async Task System_admin_adds_a_unit_whose_region_must_exist()
    {
        var sysadmin = await SignedInAsAsync("adm-unit-add", "dept-drc", Roles.SystemAdmin);
        var parent = Id(await UnitIdAsync("370215"));
        (string, string)[] fields(string region) =>
        [
            ("Input.Code", "370215-lingshan"), ("Input.Name", "灵山街道"), ("Input.Kind", nameof(UnitKind.SubDistrict)),
            ("Input.ParentId", parent), ("Input.RegionCode", region), ("Input.SortOrder", "100"), ("Input.IsActive", "true"),
        ];

        var unknown = await Forms.PostAsync(sysadmin, "/Organisation/UnitEdit", fields("370299"));
        Assert.Contains("行政区划代码 370299 不存在", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var retired = await Forms.PostAsync(sysadmin, "/Organisation/UnitEdit", fields("370282"));
        Assert.Contains("行政区划代码 370282 已撤销", await retired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Units.AnyAsync(u => u.Code == "370215-lingshan")));

        var ok = await Forms.PostAsync(sysadmin, "/Organisation/UnitEdit", fields("370215"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var unit = await factory.WithDbAsync(db => db.Units.SingleAsync(u => u.Code == "370215-lingshan"));
        Assert.Equal(UnitKind.SubDistrict, unit.Kind);
        Assert.Equal("370215", unit.RegionCode);
        Assert.Contains("灵山街道", await sysadmin.GetStringAsync("/Organisation"), StringComparison.Ordinal);
    }
}
