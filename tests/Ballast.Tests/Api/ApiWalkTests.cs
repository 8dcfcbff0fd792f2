using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Api;

/// <summary>The demo portfolio and programme (supervision, submissions), seeded once.</summary>
public sealed class WalkFactory : BallastFactory, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await WithDbAsync(db => new DemoPortfolio(db).SeedAsync());
        await WithDbAsync(db => DemoProgramme.SeedAsync(db));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>Every GET the OpenAPI document describes, called as every role with real ids from the
/// demo data: none answers with a server error.</summary>
public sealed class ApiWalkTests(WalkFactory factory) : IClassFixture<WalkFactory>
{
    public static TheoryData<string, string> Users => new()
    {
        { Roles.ProgrammeOffice, "dept-drc" }, { Roles.DistrictStaff, "370211" }, { Roles.DepartmentStaff, "dept-miit" },
        { Roles.ParkOperator, "park-01" }, { Roles.CityLeader, "370200" }, { Roles.Auditor, "dept-drc" },
        { Roles.SecurityAdmin, "dept-drc" }, { Roles.SystemAdmin, "dept-drc" },
    };

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Every_GET_in_the_OpenAPI_document_answers_without_a_server_error(string role, string unit)
    {
        var name = "walk-" + role.ToLowerInvariant();
        var client = await Browser.WithTokenAsync(factory, name, await factory.CreateUserAsync(name, unit, role));
        var ids = await IdsAsync();
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var failures = new List<string>();
        var called = 0;
        foreach (var path in doc.RootElement.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get))
            {
                continue;
            }
            var url = Url(path.Name, get, ids);
            var response = await client.GetAsync(url);
            called++;
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{role} GET {url} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }
        Assert.True(called >= 20, $"only {called} GET paths in the document");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>A real id for each kind of record a path names.</summary>
    private Task<Dictionary<string, int>> IdsAsync() => factory.WithDbAsync(async db => new Dictionary<string, int>
    {
        ["projects"] = await db.Projects.Where(p => p.OwnerUnit!.Code == "370211").MinAsync(p => p.Id),
        ["problems"] = await db.Problems.MinAsync(p => (int?)p.Id) ?? 1,
        ["supervision"] = await db.SupervisionItems.MinAsync(s => (int?)s.Id) ?? 1,
        ["dispatch"] = await db.ReportingPeriods.Where(p => p.Year == 2023).MaxAsync(p => p.Id),
        ["submissions"] = await db.ReportingPeriods.Where(p => p.Year == 2023).MaxAsync(p => p.Id),
        ["evidence"] = await db.Evidence.MinAsync(e => (int?)e.Id) ?? 1,
    });

    private static string Url(string template, JsonElement get, Dictionary<string, int> ids)
    {
        var kind = ids.Keys.LastOrDefault(k => template.Contains("/" + k + "/", StringComparison.Ordinal)) ?? "";
        var url = Regex.Replace(template, "\\{[^}]+\\}", _ => ids.GetValueOrDefault(kind, 1).ToString(CultureInfo.InvariantCulture));
        var query = new List<string>();
        if (get.TryGetProperty("parameters", out var parameters))
        {
            foreach (var p in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query"))
            {
                var name = p.GetProperty("name").GetString()!;
                var value = Value(name, p.TryGetProperty("schema", out var s) ? s : default);
                if (value is not null && (p.TryGetProperty("required", out var r) && r.GetBoolean() || name is "year" or "month"))
                {
                    query.Add($"{name}={Uri.EscapeDataString(value)}");
                }
            }
        }
        return query.Count == 0 ? url : url + "?" + string.Join("&", query);
    }

    /// <summary>A sensible value for a query parameter: the demo period, else by the schema's type.</summary>
    private static string? Value(string name, JsonElement schema) => name switch
    {
        "year" => "2023",
        "month" => "9",
        "kind" => "District",
        _ when schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("enum", out var e) => e[0].ToString(),
        _ when schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var t) && t.ToString().Contains("boolean", StringComparison.Ordinal) => "true",
        _ when schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var t) && t.ToString().Contains("string", StringComparison.Ordinal) => "a",
        _ => "1",
    };
}
