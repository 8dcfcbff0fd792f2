using Ballast.Tests.Infrastructure;
using Ballast.Web.Data;
using Ballast.Web.Features.Chains;
using Ballast.Web.Features.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Chains;

/// <summary>Firms, figures, task forces and nodes the chain tests need, made directly in the database.</summary>
public static class ChainsWorld
{
    public static Task<int> ChainAsync(BallastFactory factory, string name) =>
        factory.WithDbAsync(db => db.Chains.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    public static Task<int> UnitAsync(BallastFactory factory, string code) =>
        factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    public static async Task<int> FirmAsync(AppDbContext db, string name, int? chainId, params (int Year, decimal? Output)[] years)
    {
        var owner = await db.Units.Where(u => u.Code == "370211").Select(u => u.Id).SingleAsync();
        var firm = new Enterprise { Name = name, ChainId = chainId, OwnerUnitId = owner, IsDemo = false };
        db.Enterprises.Add(firm);
        await db.SaveChangesAsync();
        db.EnterpriseYears.AddRange(years.Select(y => new EnterpriseYear { EnterpriseId = firm.Id, Year = y.Year, Output = y.Output, Source = "测试", OwnerUnitId = owner }));
        await db.SaveChangesAsync();
        return firm.Id;
    }

    public static async Task<int> NodeAsync(AppDbContext db, int chainId, string name, NodeStatus? status, string? targets, params int[] firms)
    {
        var node = new ChainNode { ChainId = chainId, Name = name, Segment = ChainSegment.Upstream, Status = status, TargetFirms = targets };
        db.ChainNodes.Add(node);
        await db.SaveChangesAsync();
        db.FirmNodes.AddRange(firms.Select(f => new FirmNode { ChainNodeId = node.Id, EnterpriseId = f }));
        await db.SaveChangesAsync();
        return node.Id;
    }

    public static async Task TaskForceAsync(AppDbContext db, int chainId, params string[] unitCodes)
    {
        var units = await db.Units.Where(u => unitCodes.Contains(u.Code)).Select(u => new { u.Id, u.Code }).ToListAsync();
        db.ChainUnits.AddRange(units.Select(u => new ChainUnit { ChainId = chainId, UnitId = u.Id, IsLead = u.Code == unitCodes[0] }));
        await db.SaveChangesAsync();
    }
}
