using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Projects;

/// <summary>Projects and problems written straight to the database, and form posts whose
/// antiforgery token comes from another page (an out-of-scope page has no form to take it from).</summary>
internal static class ProblemSeed
{
    public static readonly DateTimeOffset July10 = new(2023, 7, 10, 1, 0, 0, TimeSpan.Zero);

    public static Task<int> UnitAsync(BallastFactory f, string code) =>
        f.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    public static Task<int> UserIdAsync(BallastFactory f, string userName) =>
        f.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    public static async Task<int> ProjectAsync(BallastFactory f, string unitCode, string name, int? leaderId = null)
    {
        var unit = await UnitAsync(f, unitCode);
        return await f.WithDbAsync(async db =>
        {
            var now = db.Time.GetUtcNow();
            var p = new Project { Name = name, OwnerUnitId = unit, LeaderId = leaderId, CreatedAt = now, UpdatedAt = now };
            db.Projects.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
    }

    public static async Task<int> LeaderAsync(BallastFactory f, string name, int? userId) =>
        await f.WithDbAsync(async db =>
        {
            var leader = new Leader { Name = name, UserId = userId };
            db.Leaders.Add(leader);
            await db.SaveChangesAsync();
            return leader.Id;
        });

    public static async Task<int> ProblemAsync(BallastFactory f, int projectId, string title, DateOnly dueOn,
        string assignedCode = "dept-miit", ProblemState state = ProblemState.Open)
    {
        var assigned = await UnitAsync(f, assignedCode);
        return await f.WithDbAsync(async db =>
        {
            var owner = await db.Projects.Where(p => p.Id == projectId).Select(p => p.OwnerUnitId).SingleAsync();
            var problem = new Problem
            {
                ProjectId = projectId, OwnerUnitId = owner, Title = title, AssignedUnitId = assigned, DueOn = dueOn,
                State = state, RaisedOn = new DateOnly(2023, 7, 1), RaisedBy = "seed",
                ResolvedOn = state == ProblemState.Resolved ? new DateOnly(2023, 7, 5) : null,
            };
            db.Problems.Add(problem);
            await db.SaveChangesAsync();
            return problem.Id;
        });
    }

    public static Task<Problem> LoadAsync(BallastFactory f, int id) =>
        f.WithDbAsync(db => db.Problems.AsNoTracking().SingleAsync(p => p.Id == id));

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string tokenUrl, string url, Dictionary<string, string> fields)
    {
        var token = await Browser.AntiforgeryTokenAsync(client, tokenUrl);
        return await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }));
    }

    public static async Task<HttpClient> SignedInAsync(BallastFactory f, string userName, string unitCode, string role) =>
        await Browser.SignedInAsync(f, userName, await f.CreateUserAsync(userName, unitCode, role));

    public static void Redirected(HttpResponseMessage response) => Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
}
