using System.Net;
using Ballast.Tests.Import;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using static Ballast.Tests.Projects.SpineData;

namespace Ballast.Tests.Rules;

/// <summary>Every record kind that can be edited twice at once: a save made from an older read is
/// refused with 409 naming the record, its current version and the differing fields, and nothing
/// is overwritten; twenty saves at once never answer 500 and bump the version once per success.</summary>
public sealed class RecordVersionTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    public static TheoryData<string> Kinds => [.. VersionedKind.All.Keys];

    private static readonly HttpStatusCode[] Answered = [HttpStatusCode.OK, HttpStatusCode.NoContent, HttpStatusCode.Conflict];

    private async Task<(VersionedKind Kind, HttpClient Client, int Unit, int Id, int Version)> StartAsync(string record, string tag)
    {
        var kind = VersionedKind.All[record];
        factory.Clock.Set(Projects.ProblemSeed.July10);
        var client = await ImportHttp.OfficeAsync(factory, $"ver-{tag}-{record}".ToLowerInvariant());
        var unit = await UnitAsync(factory, "370211");
        var id = await kind.SeedAsync(factory, unit, $"版本{tag}{record}");
        var (version, _) = await factory.WithDbAsync(db => kind.ReadAsync(db, id));
        return (kind, client, unit, id, version);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Second_save_from_the_same_read_is_409_with_what_differs(string record)
    {
        var (kind, client, unit, id, read) = await StartAsync(record, "stale");

        var first = await kind.SaveAsync(client, id, unit, 1, read);
        var second = await kind.SaveAsync(client, id, unit, 2, read);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        var body = await ImportHttp.JsonAsync(second);
        Assert.Equal(kind.Record, body.GetProperty("record").GetString());
        Assert.Equal(read + 1, body.GetProperty("current").GetInt32());
        var field = Assert.Single(body.GetProperty("fields").EnumerateArray(), f => f.GetProperty("field").GetString() == kind.Field);
        Assert.Equal(kind.Sent(2), field.GetProperty("mine").GetString());
        Assert.Equal(kind.Sent(1), field.GetProperty("theirs").GetString());
        var (version, value) = await factory.WithDbAsync(db => kind.ReadAsync(db, id));
        Assert.Equal((read + 1, kind.Sent(1)), (version, value));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Twenty_saves_at_once_answer_200_or_409_and_bump_the_version_once_per_success(string record)
    {
        var (kind, client, unit, id, read) = await StartAsync(record, "parallel");

        var responses = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(() => kind.SaveAsync(client, id, unit, i, read))));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.All(statuses, s => Assert.Contains(s, Answered));
        var saved = statuses.Count(s => s != HttpStatusCode.Conflict);
        Assert.True(saved >= 1);
        var (version, value) = await factory.WithDbAsync(db => kind.ReadAsync(db, id));
        Assert.Equal(read + saved, version);
        Assert.Contains(value, Enumerable.Range(1, 20).Select(kind.Sent));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task On_the_page_a_save_from_an_older_read_shows_what_changed_and_keeps_the_first(string record)
    {
        var (kind, _, unit, id, read) = await StartAsync(record, "page");
        var user = $"ver-page-user-{record}".ToLowerInvariant();
        var page = await Projects.ProblemSeed.SignedInAsync(factory, user, "dept-drc", Roles.ProgrammeOffice);
        const string tokenPage = "/Projects/Edit";

        var (url1, first) = kind.PageForm(id, unit, 1, read);
        var (url2, second) = kind.PageForm(id, unit, 2, read);
        Projects.ProblemSeed.Redirected(await Projects.ProblemSeed.PostAsync(page, tokenPage, url1, first));
        var refused = await Projects.ProblemSeed.PostAsync(page, tokenPage, url2, second);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("data-testid=\"conflict\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (version, value) = await factory.WithDbAsync(db => kind.ReadAsync(db, id));
        Assert.Equal((read + 1, kind.Sent(1)), (version, value));
    }
}
