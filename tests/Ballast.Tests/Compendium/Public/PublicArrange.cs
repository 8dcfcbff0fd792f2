using Ballast.Web.Data;
using Ballast.Web.Features.Compendium;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Compendium.PublicPages;

/// <summary>Policies and published projects for the public-page tests, arranged directly through the DbContext (the
/// compendium's own save path is built beside these pages). Every private field carries a marker containing
/// <see cref="Marker"/>, or a number listed in <see cref="PrivateNumbers"/>, so a test can prove none reaches the public.</summary>
public static class PublicArrange
{
    public const string Marker = "LEAKMARK";
    public const int Year = 2029;

    /// <summary>Unreleased figures as the public pages would print them (万元 and 亿元) if they leaked.</summary>
    public static readonly string[] PrivateNumbers = ["98765432", "9,876.54", "7777777", "777.78", "31337", "2001-02-03", "424242"];

    public sealed record Arranged(string Code, string ReplacedCode, string HiddenCode, string DistrictCode, int PublicFileId, int PrivateFileId,
        int HiddenFileId, int Closed, int Open, int OwnUnit, int OtherUnit, int KeyProjectOfOther, int PlainProject);

    public static async Task<Arranged> SeedAsync(AppDbContext db)
    {
        if (await db.Policies.AnyAsync(p => p.Code == "QD7K2M"))
        {
            return await ReadAsync(db);
        }
        var units = await db.Units.ToDictionaryAsync(u => u.Code);
        var (own, other) = (units["370211"], units["370215"]);
        own.Name = Marker + "-OWNERUNIT";
        other.Name = Marker + "-OTHERUNIT";
        var at = new DateTimeOffset(2001, 2, 3, 4, 5, 6, TimeSpan.Zero);
        Policy P(string code, string title, bool published, PolicyLevel level = PolicyLevel.City, PolicyKind kind = PolicyKind.General) => new()
        {
            Code = code, Title = title, DocumentNumber = $"青政发〔2023〕{code.Length}号", Issuer = "青岛市人民政府", Level = level, Kind = kind,
            AreaUnitId = own.Id, EffectiveOn = new DateOnly(2023, 3, 1), ExpiresOn = new DateOnly(2099, 12, 31), IsPublished = published,
            Summary = "对新落地的项目给予设备投资补助。", OwnerUnitId = own.Id, IsDemo = true, CreatedAt = at, UpdatedAt = at,
            FullText = "第一条 为支持先进制造业发展，制定本政策。\n\n第二条 补助比例不超过10%。\n<script>alert('x')</script>",
            Industries = [new PolicyIndustry { DivisionCode = "LK" }],
            Conditions = [new PolicyCondition { Label = Marker + "-CONDITION", Field = Marker + "F", Values = Marker + "-VALUES", Threshold = 424242m }],
            Contacts = [new PolicyContact { Unit = "市工业和信息化局", Name = "王老师", Phone = "0532-85911234" }],
        };
        var current = P("QD7K2M", "青岛市支持先进制造业高质量发展若干政策", true);
        var district = P("XH3D5T", "西海岸新区精准招商扶持办法", true, PolicyLevel.District, PolicyKind.Targeted);
        var hidden = P("HID999", Marker + "-UNPUBLISHED-TITLE", false);
        db.Policies.AddRange(current, district, hidden);
        await db.SaveChangesAsync();
        var replaced = P("OLD123", "青岛市支持制造业发展若干政策（2019年版）", true);
        replaced.Status = PolicyStatus.Replaced;
        replaced.ReplacedById = current.Id;
        db.Policies.Add(replaced);
        await db.SaveChangesAsync();
        db.PolicyStatusChanges.Add(new PolicyStatusChange
        {
            PolicyId = replaced.Id, ToStatus = PolicyStatus.Replaced, ReplacedById = current.Id, On = new DateOnly(2023, 3, 1),
            Reason = Marker + "-STATUSREASON", ByUser = Marker + "-BYUSER", At = at,
        });
        PolicyAttachment File(int policy, string name, bool isPublic, string content) => new()
        {
            PolicyId = policy, FileName = name, ContentType = "application/pdf", Content = System.Text.Encoding.UTF8.GetBytes(content),
            Size = content.Length, IsPublic = isPublic, UploadedAt = at,
        };
        var publicFile = File(current.Id, "申报指南.pdf", true, "%PDF-1.4 public guide");
        var privateFile = File(current.Id, Marker + "-PRIVATEFILE.pdf", false, Marker + "-PRIVATEBYTES");
        var hiddenFile = File(hidden.Id, Marker + "-HIDDENFILE.pdf", true, Marker + "-HIDDENBYTES");
        db.PolicyAttachments.AddRange(publicFile, privateFile, hiddenFile);

        var leader = new Leader { Name = Marker + "-LEADER", Title = Marker + "-LEADERTITLE" };
        var firm = new Enterprise { Name = Marker + "-FIRM", OwnerUnitId = own.Id, ContactName = Marker + "-CONTACT", ContactPhone = "13800031337" };
        db.AddRange(leader, firm);
        await db.SaveChangesAsync();
        Project Proj(string suffix) => new()
        {
            Name = $"{Marker}-INTERNAL-{suffix}", OwnerUnitId = own.Id, ResponsibleUnitId = other.Id, InvestorName = Marker + "-INVESTOR",
            InvestorUscc = "LEAKMARKUSCC00000" + suffix[..1], InvestorEnterpriseId = firm.Id, InvestorCountry = Marker + "-COUNTRY",
            TotalInvestment = 98_765_432m, ProjectCode = "LEAKMARK-CODE-" + suffix, Stage = ProjectStage.Started, Jobs = 31337,
            ConstructionContent = Marker + "-CONTENT", ParcelCode = Marker + "-PARCEL", LeaderId = leader.Id, ReferrerName = Marker + "-REFERRER",
            OriginNote = Marker + "-ORIGINNOTE", CreatedOn = new DateOnly(2001, 2, 3), CreatedAt = at, UpdatedAt = at, IsDemo = true,
        };
        var closed = Proj("CLOSED");
        var open = Proj("OPEN");
        var plain = Proj("PLAIN");
        var others = Proj("OTHER");
        others.OwnerUnitId = other.Id;
        open.TotalInvestment = 123_456m;
        db.Projects.AddRange(closed, open, plain, others);
        await db.SaveChangesAsync();
        var keys = new[] { closed, open, others }.Select(p => new KeyProject
        {
            ProjectId = p.Id, Year = Year, Class = KeyProjectClass.Construction, PlannedInvestment = p == open ? 5_555_555m : 7_777_777m, OwnerUnitId = p.OwnerUnitId,
        }).ToList();
        db.KeyProjects.AddRange(keys);
        db.Problems.Add(new Problem
        {
            ProjectId = open.Id, OwnerUnitId = own.Id, Title = Marker + "-PROBLEM", Detail = Marker + "-DETAIL", RaisedBy = Marker + "-RAISER",
            DueOn = new DateOnly(2029, 5, 1), RaisedOn = new DateOnly(2029, 4, 1),
        });
        var periods = Enumerable.Range(2, 3).Select(m => new ReportingPeriod
        {
            Year = Year, Month = m, DueOn = new DateOnly(Year, m, 10), State = PeriodState.Open, OpenedAt = at,
        }).ToList();
        db.ReportingPeriods.AddRange(periods);
        await db.SaveChangesAsync();
        // The open project reported February and March, not April (the latest month): completion 1,111,111 of 5,555,555 = 20.0 %.
        foreach (var (month, amount) in new[] { (2, 555_555.5m), (3, 555_555.5m) })
        {
            db.MonthlyReports.Add(new MonthlyReport
            {
                KeyProjectId = keys[1].Id, PeriodId = periods.Single(p => p.Month == month).Id, OwnerUnitId = own.Id, Completed = amount,
                State = ReportState.Accepted, PhysicalProgress = Marker + "-PROGRESS", SubmittedBy = Marker + "-SUBMITTER",
            });
        }
        // A draft counts for nothing: were it counted, the figure would differ.
        db.MonthlyReports.Add(new MonthlyReport
        {
            KeyProjectId = keys[1].Id, PeriodId = periods.Single(p => p.Month == 4).Id, OwnerUnitId = own.Id, Completed = 1_000_000m,
            State = ReportState.Draft, PhysicalProgress = Marker + "-DRAFT",
        });
        db.PublishedProjects.AddRange(
            new PublishedProject { ProjectId = closed.Id, PublicName = "董家口绿色化工新材料项目", OwnerUnitId = own.Id, SortOrder = 1,
                PublishedOn = new DateOnly(2029, 1, 5) },
            new PublishedProject
            {
                ProjectId = open.Id, PublicName = "西海岸新能源汽车零部件产业园", PublicSummary = "建设新能源汽车零部件生产基地。", OwnerUnitId = own.Id,
                ShowsTotalInvestment = true, ShowsCompletion = true, SortOrder = 2, PublishedOn = new DateOnly(2029, 1, 5),
            });
        await db.SaveChangesAsync();
        return await ReadAsync(db);
    }

    private static async Task<Arranged> ReadAsync(AppDbContext db)
    {
        var files = await db.PolicyAttachments.ToDictionaryAsync(a => a.FileName, a => a.Id);
        var published = await db.PublishedProjects.OrderBy(p => p.SortOrder).Select(p => p.Id).ToListAsync();
        var units = await db.Units.Where(u => u.Code == "370211" || u.Code == "370215").ToDictionaryAsync(u => u.Code, u => u.Id);
        var other = await db.Projects.Where(p => p.Name == Marker + "-INTERNAL-OTHER").Select(p => p.Id).SingleAsync();
        var plain = await db.Projects.Where(p => p.Name == Marker + "-INTERNAL-PLAIN").Select(p => p.Id).SingleAsync();
        return new Arranged("QD7K2M", "OLD123", "HID999", "XH3D5T", files["申报指南.pdf"], files[Marker + "-PRIVATEFILE.pdf"],
            files[Marker + "-HIDDENFILE.pdf"], published[0], published[1], units["370211"], units["370215"], other, plain);
    }
}
