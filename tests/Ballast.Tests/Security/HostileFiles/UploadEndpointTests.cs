using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Security.HostileFiles;

/// <summary>The whole hostile corpus against every upload endpoint: each file is refused with a 4xx and its
/// reason (never a 500), nothing is stored — no project, figure, submission, evidence, kept upload or import
/// batch —, and the app goes on answering.</summary>
public sealed class UploadEndpointTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    public static TheoryData<string> Endpoints =>
        ["project import API", "monthly import API", "project import page", "monthly import page", "evidence API", "evidence page"];

    private Task<string> StoredAsync() => factory.WithDbAsync(async (AppDbContext db) => string.Join(", ",
        $"projects {await db.Projects.IgnoreQueryFilters().CountAsync()}", $"key projects {await db.KeyProjects.IgnoreQueryFilters().CountAsync()}",
        $"monthly reports {await db.MonthlyReports.IgnoreQueryFilters().CountAsync()}", $"evidence {await db.Evidence.CountAsync()}",
        $"submissions {await db.IndicatorSubmissions.IgnoreQueryFilters().CountAsync()}", $"kept uploads {await db.KeptUploads.CountAsync()}",
        $"import batches {await db.ImportBatches.CountAsync()}"));

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_hostile_file_is_refused_with_its_reason_and_nothing_is_stored(string endpoint)
    {
        var endpoints = await UploadEndpoints.StartAsync(factory, "hostile-" + endpoint.Replace(' ', '-'));
        var target = endpoints[endpoint];
        var before = await StoredAsync();
        var failures = new List<string>();

        foreach (var file in HostileCorpus.Cases)
        {
            using var response = await target.Send(file);
            var expected = target.Purpose == Web.Common.Uploads.UploadPurpose.Import ? file.Import : file.Evidence;
            var reason = (int)response.StatusCode is >= 400 and < 500 ? await target.Reason(response) : "";
            if (response.StatusCode != target.Refused || !reason.Contains(expected, StringComparison.Ordinal))
            {
                failures.Add($"{file.Case}: {(int)response.StatusCode} «{reason}», expected {(int)target.Refused} «{expected}»");
            }
        }

        Assert.Empty(failures);
        Assert.Equal(before, await StoredAsync());
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health/ready")).StatusCode);
    }
}
