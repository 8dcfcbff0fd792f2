using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Auditing;

public sealed class AuditDeletionTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    [Fact]
    public async Task Deleting_an_entry_leaves_a_gap_that_verify_reports()
    {
        var intact = await factory.WithDbAsync(db => AuditVerifier.VerifyAsync(db));
        Assert.True(intact.Intact);

        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Id\" = 7"));
        var result = await factory.WithDbAsync(db => AuditVerifier.VerifyAsync(db));
        Assert.False(result.Intact);
        Assert.Equal(7, result.BrokenAt);
        Assert.Contains("missing", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cutting_off_the_newest_entries_disagrees_with_the_head()
    {
        await using var own = new BallastFactory();
        var last = await own.WithDbAsync(db => db.AuditEntries.MaxAsync(e => e.Id));
        await own.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Id\" = {0}", last));
        var result = await own.WithDbAsync(db => AuditVerifier.VerifyAsync(db));
        Assert.False(result.Intact);
        Assert.Equal(last, result.BrokenAt);
    }

    [Fact]
    public async Task The_application_refuses_to_edit_an_entry()
    {
        await using var own = new BallastFactory();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => own.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync();
            entry.After = "{}";
            await db.SaveChangesAsync();
        }));
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }
}
