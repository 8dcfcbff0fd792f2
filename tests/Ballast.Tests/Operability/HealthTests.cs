using System.Net;
using Ballast.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Ballast.Tests.Operability;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_answers_200_then_503_when_the_database_is_gone()
    {
        await using var factory = new BallastFactory();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        if (BallastFactory.IsPostgres)
        {
            var csb = new NpgsqlConnectionStringBuilder(factory.ConnectionString);
            var name = csb.Database;
            csb.Database = "postgres";
            NpgsqlConnection.ClearAllPools();
            await DropAsync(csb.ToString(), name!);
        }
        else
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(factory.DataFolder, "ballast.db*"))
            {
                File.Delete(file);
            }
        }

        // Readiness is checked at most once a second: the drop shows within a few seconds.
        var ready = HttpStatusCode.OK;
        for (var i = 0; i < 50 && ready == HttpStatusCode.OK; i++)
        {
            await Task.Delay(100);
            ready = (await client.GetAsync("/health/ready")).StatusCode;
        }
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);
        // Liveness asks only whether the process answers.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    /// <summary>DROP … WITH (FORCE) waits for the sessions it ends; on a busy machine that can
    /// time out, so try a few times.</summary>
    private static async Task DropAsync(string adminConnection, string name)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var conn = new NpgsqlConnection(adminConnection);
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand($"DROP DATABASE \"{name}\" WITH (FORCE)", conn);
                await cmd.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException) when (attempt < 5)
            {
                await Task.Delay(500);
            }
        }
    }

    [Fact]
    public async Task Health_needs_no_sign_in_and_the_api_is_described_to_a_signed_in_user()
    {
        await using var factory = new BallastFactory();
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health/live")).StatusCode);
        var password = await factory.CreateUserAsync("described", "370211", Ballast.Web.Features.Organisation.Roles.DistrictStaff);
        var client = await Browser.WithTokenAsync(factory, "described", password);
        var openapi = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/projects", openapi, StringComparison.Ordinal);
        Assert.Contains("/api/auth/token", openapi, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/docs")).StatusCode);
    }

    [Fact]
    public async Task An_oversized_request_is_refused_before_it_is_read()
    {
        await using var factory = new BallastFactory();
        var client = factory.CreateClient();
        using var content = new ByteArrayContent(new byte[21 * 1024 * 1024]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var response = await client.PostAsync("/api/auth/token", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("20 MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
