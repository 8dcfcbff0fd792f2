using System.Globalization;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Common.Codes;
using Ballast.Web.Data;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Projects;

/// <summary>Test data for the project spine: valid codes, projects moved through their stages by
/// the real rules, and key projects with annual plans.</summary>
internal static class SpineData
{
    /// <summary>Far enough ahead that any past stage date is allowed.</summary>
    private static readonly DateOnly Whenever = new(2100, 1, 1);

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A USCC that passes both check characters (GB 11714 and GB 32100), unique per n.</summary>
    public static string Uscc(string region, int n)
    {
        int[] w = [3, 7, 9, 10, 5, 8, 4, 2];
        var org = n.ToString("D8", CultureInfo.InvariantCulture);
        var c = 11 - (org.Select((d, i) => (d - '0') * w[i]).Sum() % 11);
        var first17 = "91" + region + org + (c == 10 ? "X" : c == 11 ? "0" : c.ToString(CultureInfo.InvariantCulture));
        var code = first17 + Web.Common.Codes.Uscc.ComputeCheckChar(first17);
        Assert.Equal(UsccStatus.Valid, Web.Common.Codes.Uscc.Check(code).Status);
        return code;
    }

    /// <summary>The same code with a wrong 18th character: well-formed, fails the check.</summary>
    public static string UsccWithBadCheck(string region, int n)
    {
        var good = Uscc(region, n);
        var bad = good[..17] + (good[17] == '1' ? '2' : '1');
        Assert.Equal(UsccStatus.CheckFailed, Web.Common.Codes.Uscc.Check(bad).Status);
        return bad;
    }

    public static Task<int> UnitAsync(BallastFactory f, string code) =>
        f.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    /// <summary>A project written as the system, moved through the given stages by <see cref="StageRules"/>.</summary>
    public static Project NewProject(AppDbContext db, string name, int ownerUnitId, decimal totalWan, params (ProjectStage Stage, DateOnly On)[] moves)
    {
        var now = db.Time.GetUtcNow();
        var p = new Project { Name = name, OwnerUnitId = ownerUnitId, TotalInvestment = totalWan, CreatedAt = now, UpdatedAt = now, CreatedOn = new DateOnly(2000, 1, 1) };
        foreach (var (stage, on) in moves)
        {
            var problem = StageRules.Move(p, stage, on, Whenever, "seed", now);
            Assert.Null(problem);
        }
        return p;
    }

    /// <summary>A construction-class key project of the year, with its annual plan in 万元.</summary>
    public static async Task<(int ProjectId, int KeyId)> KeyProjectAsync(BallastFactory f, string name, int ownerUnitId, int year, decimal planWan)
    {
        return await f.WithDbAsync(async db =>
        {
            var p = NewProject(db, name, ownerUnitId, planWan * 5, (ProjectStage.Started, new DateOnly(year - 1, 6, 1)));
            db.Projects.Add(p);
            await db.SaveChangesAsync();
            var k = new KeyProject { ProjectId = p.Id, Year = year, Class = KeyProjectClass.Construction, OwnerUnitId = ownerUnitId, PlannedInvestment = planWan };
            db.KeyProjects.Add(k);
            await db.SaveChangesAsync();
            return (p.Id, k.Id);
        });
    }
}
