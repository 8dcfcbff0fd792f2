using System.Net.Http.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Data;
using Ballast.Web.Features.Lists;
using Ballast.Web.Features.Projects;
using Ballast.Web.Features.Services;
using Microsoft.EntityFrameworkCore;
using static Ballast.Tests.Projects.SpineData;

namespace Ballast.Tests.Rules;

/// <summary>One kind of record two people can edit at once, as the version tests drive it through
/// the API: how to make one, how submission <c>i</c> saves it against a version, and what is stored.</summary>
public sealed record VersionedKind(
    string Record,
    string Field,
    Func<BallastFactory, int, string, Task<int>> SeedAsync,
    Func<HttpClient, int, int, int, int?, Task<HttpResponseMessage>> SaveAsync,
    Func<AppDbContext, int, Task<(int Version, string? Value)>> ReadAsync,
    Func<int, string> Sent,
    Func<int, int, int, int, (string Url, Dictionary<string, string> Fields)> PageForm)
{
    public override string ToString() => Record;

    public static readonly IReadOnlyDictionary<string, VersionedKind> All = new[]
    {
        new VersionedKind(nameof(AttractionTarget), nameof(AttractionTarget.Name),
            (f, unit, tag) => f.WithDbAsync(async db =>
            {
                var target = db.AttractionTargets.Add(new AttractionTarget { Year = 2023, Name = tag, OwnerUnitId = unit }).Entity;
                await db.SaveChangesAsync();
                return target.Id;
            }),
            (client, id, unit, i, version) => client.PutAsJsonAsync($"/api/lists/targets/{Id(id)}",
                new TargetInput { Year = 2023, Name = $"版本目标{i}", OwnerUnitId = unit, Version = version }),
            async (db, id) => await db.AttractionTargets.Where(x => x.Id == id).Select(x => new { x.Version, Value = x.Name }).SingleAsync() is var r ? (r.Version, (string?)r.Value) : default,
            i => $"版本目标{i}",
            (id, unit, i, version) => ($"/Lists/Targets/Edit/{Id(id)}", new()
            {
                ["Input.Year"] = "2023", ["Input.Name"] = $"版本目标{i}", ["Input.OwnerUnitId"] = Id(unit), ["Input.Version"] = Id(version),
            })),
        new VersionedKind(nameof(Carrier), nameof(Carrier.Name),
            (f, unit, tag) => f.WithDbAsync(async db =>
            {
                var carrier = db.Carriers.Add(new Carrier { Name = tag, Kind = CarrierKind.Factory, OwnerUnitId = unit }).Entity;
                await db.SaveChangesAsync();
                return carrier.Id;
            }),
            (client, id, unit, i, version) => client.PutAsJsonAsync($"/api/lists/carriers/{Id(id)}",
                new CarrierInput { Name = $"版本载体{i}", Kind = CarrierKind.Factory, OwnerUnitId = unit, AreaSquareMetres = 1_000m, Version = version }),
            async (db, id) => await db.Carriers.Where(x => x.Id == id).Select(x => new { x.Version, Value = x.Name }).SingleAsync() is var r ? (r.Version, (string?)r.Value) : default,
            i => $"版本载体{i}",
            (id, unit, i, version) => ($"/Lists/Carriers/Edit/{Id(id)}", new()
            {
                ["Input.Name"] = $"版本载体{i}", ["Input.Kind"] = nameof(CarrierKind.Factory), ["Input.OwnerUnitId"] = Id(unit),
                ["Input.AreaSquareMetres"] = "1000", ["Input.Availability"] = nameof(CarrierAvailability.Available), ["Input.Version"] = Id(version),
            })),
        // The name is unique in a district, so saves change the address and keep a name of the building's own.
        new VersionedKind(nameof(Building), nameof(Building.Address),
            (f, unit, tag) => f.WithDbAsync(async db =>
            {
                var building = db.Buildings.Add(new Building { Name = tag, OwnerUnitId = unit }).Entity;
                await db.SaveChangesAsync();
                return building.Id;
            }),
            (client, id, unit, i, version) => client.PutAsJsonAsync($"/api/buildings/{Id(id)}",
                new BuildingInput { Name = $"版本楼宇{id}", Address = $"版本地址{i}", OwnerUnitId = unit, Version = version }),
            async (db, id) => await db.Buildings.Where(x => x.Id == id).Select(x => new { x.Version, Value = x.Address }).SingleAsync() is var r ? (r.Version, r.Value) : default,
            i => $"版本地址{i}",
            (id, unit, i, version) => ($"/Buildings/Edit/{Id(id)}", new()
            {
                ["Input.Name"] = $"版本楼宇{Id(id)}", ["Input.Address"] = $"版本地址{i}", ["Input.OwnerUnitId"] = Id(unit), ["Input.Version"] = Id(version),
            })),
        new VersionedKind(nameof(Problem), nameof(Problem.Answer),
            async (f, _, tag) => await Projects.ProblemSeed.ProblemAsync(
                f, await Projects.ProblemSeed.ProjectAsync(f, "370211", tag), tag, new DateOnly(2030, 1, 1)),
            (client, id, _, i, version) => client.PostAsJsonAsync($"/api/problems/{Id(id)}/answer", new ProblemsApi.ProblemNote($"答复{i}", version)),
            async (db, id) => await db.Problems.Where(x => x.Id == id).Select(x => new { x.Version, Value = x.Answer }).SingleAsync() is var r ? (r.Version, (string?)r.Value) : default,
            i => $"答复{i}",
            (id, _, i, version) => ($"/Projects/Problems/Edit?handler=Answer&id={Id(id)}&version={Id(version)}", new() { ["Text"] = $"答复{i}" })),
    }.ToDictionary(k => k.Record);
}
