using System.Net;
using Ballast.Tests.Excel;
using Ballast.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Import;

/// <summary>The row limit is configuration, stated before anything is uploaded, and a file past it is
/// refused before any of its rows is checked.</summary>
public sealed class ImportLimitTests(ImportLimitTests.Factory factory) : IClassFixture<ImportLimitTests.Factory>
{
    private const int Limit = 50;
    private const string TooMany = "数据行超过上限 50 行，请拆分文件后分批导入";

    public sealed class Factory : BallastFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Limits:ImportMaxRows", "50");
        }
    }

    private Task<int> CountAsync(string tag) => factory.WithDbAsync(db => db.Projects.CountAsync(p => p.Name.StartsWith(tag)));

    [Theory]
    [InlineData(Limit + 1)]
    [InlineData(Limit * 20)]
    public async Task A_file_past_the_limit_is_refused_before_any_row_is_checked(int rows)
    {
        var tag = $"（超限{rows}）";
        var client = await ImportHttp.OfficeAsync(factory, $"limit-{rows}");
        // Every row would be refused on its own (no such district): an answer naming none of them checked none.
        MemoryStream Sheet() => ImportSheets.Projects(rows, i => [$"{tag}项目{i}", "火星区", 100d]);

        var preview = await ImportHttp.JsonAsync(await client.PostAsync("/api/projects/import?dryRun=true", ImportHttp.Upload(Sheet())));
        Assert.Equal([TooMany], preview.GetProperty("sheetErrors").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(preview.GetProperty("rows").EnumerateArray());

        var response = await client.PostAsync("/api/projects/import", ImportHttp.Upload(Sheet()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var result = await ImportHttp.JsonAsync(response);
        Assert.Equal([TooMany], result.GetProperty("sheetErrors").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(result.GetProperty("rows").EnumerateArray());
        Assert.Equal(0, await CountAsync(tag));
    }

    [Fact]
    public async Task Exactly_the_limit_goes_in_and_rows_the_import_skips_do_not_count()
    {
        var client = await ImportHttp.OfficeAsync(factory, "limit-exact");
        // Fifty projects with a subtotal after every ten: more rows than the limit, but not more data rows.
        var rows = new List<object?[]> { ImportSheets.Header };
        for (var i = 1; i <= Limit; i++)
        {
            rows.Add([$"（限内）项目{i}", "市南区", 100d]);
            if (i % 10 == 0)
            {
                rows.Add(["小计", null, 1000d]);
            }
        }

        var result = await ImportHttp.JsonAsync(await client.PostAsync("/api/projects/import", ImportHttp.Upload(Xlsx.Build(rows, merges: []))));

        Assert.True(result.GetProperty("committed").GetBoolean());
        Assert.Equal(Limit, result.GetProperty("created").GetInt32());
        Assert.Equal(Limit, await CountAsync("（限内）"));
    }

    [Fact]
    public async Task The_page_and_the_API_state_the_limit_before_anything_is_uploaded()
    {
        var password = await factory.CreateUserAsync("limit-page", "dept-drc", Web.Features.Organisation.Roles.ProgrammeOffice);
        var page = await Browser.SignedInAsync(factory, "limit-page", password);

        var html = await page.GetStringAsync("/Projects/Import");
        var openapi = await (await Browser.WithTokenAsync(factory, "limit-page", password)).GetStringAsync("/openapi/v1.json");

        Assert.Contains("每个文件最多 50 行数据", html, StringComparison.Ordinal);
        Assert.Contains("At most 50 data rows per file", openapi, StringComparison.Ordinal);
    }
}
