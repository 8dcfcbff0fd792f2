using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Parks;
using Microsoft.Extensions.DependencyInjection;
using static Ballast.Tests.Parks.Profile.ParkSetup;

namespace Ballast.Tests.Parks.Profile;

/// <summary>The park pages people use: the list and a park's page show what was saved, overdue work items stand out
/// with their days on the chase page, a "5个1" item in place needs its evidence and the evidence file goes out as an
/// attachment, and the list exports.</summary>
public sealed class ParkPagesTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    [Fact]
    public async Task Overdue_work_items_are_chased_with_their_days_and_done_ones_are_not()
    {
        factory.Clock.Set(new DateTimeOffset(2023, 10, 12, 1, 0, 0, TimeSpan.Zero));
        var park = await ParkAsync(factory, "park-11");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var save = scope.ServiceProvider.GetRequiredService<WorkItemSave>();
            Assert.Equal(ParkSaveOutcome.Saved, (await save.CreateAsync(park, new WorkItemInput { Year = 2023, Title = "督办测试 逾期事项", DueOn = new DateOnly(2023, 9, 30) })).Outcome);
            Assert.Equal(ParkSaveOutcome.Saved, (await save.CreateAsync(park, new WorkItemInput
            {
                Year = 2023, Title = "督办测试 已完成", DueOn = new DateOnly(2023, 6, 30), State = WorkItemState.Done, DoneOn = new DateOnly(2023, 6, 1),
            })).Outcome);
            var refused = await save.CreateAsync(park, new WorkItemInput { Year = 2023, Title = "督办测试 无日期", DueOn = new DateOnly(2023, 6, 30), State = WorkItemState.Done });
            Assert.Equal("DoneOn", Assert.Single(refused.Errors).Field);
        }
        var client = await Browser.SignedInAsync(factory, "pages-leader", await factory.CreateUserAsync("pages-leader", "370200", Roles.CityLeader));
        var chase = await client.GetStringAsync("/Parks/WorkItems?Year=2023&Overdue=true");
        Assert.Contains("督办测试 逾期事项", chase, StringComparison.Ordinal);
        Assert.Contains("逾期 12 天", chase, StringComparison.Ordinal);
        Assert.DoesNotContain("督办测试 已完成", chase, StringComparison.Ordinal);
        var page = await client.GetStringAsync($"/Parks/{Id(park)}?Year=2023");
        Assert.Contains("督办测试 已完成", page, StringComparison.Ordinal);
        // The links lead to pages that answer: the park's runs and its projects' whole thread.
        var perMu = $"/Parks/PerMu?Unit={Id(await UnitAsync(factory, "park-11"))}";
        var thread = $"/Parks/Thread/Park/{Id(park)}";
        Assert.Contains(perMu, page, StringComparison.Ordinal);
        Assert.Contains(thread, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(perMu)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(thread)).StatusCode);
    }

    [Fact]
    public async Task An_item_in_place_needs_evidence_and_the_file_goes_out_as_an_attachment()
    {
        var park = await ParkAsync(factory, "park-12");
        var api = await Browser.WithTokenAsync(factory, "pages-operator", await factory.CreateUserAsync("pages-operator", "park-12", Roles.ParkOperator));
        var bare = await api.PutAsJsonAsync($"/api/parks/{Id(park)}/mechanisms/Fund", new MechanismInput { State = MechanismState.InPlace });
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        var pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "基金设立批复.pdf");
        var uploaded = await api.PostAsync($"/api/parks/{Id(park)}/mechanisms/Fund/evidence", form);
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.Equal(HttpStatusCode.OK,
            (await api.PutAsJsonAsync($"/api/parks/{Id(park)}/mechanisms/Fund", new MechanismInput { State = MechanismState.InPlace, Note = "10亿元" })).StatusCode);
        var download = await api.GetAsync($"/api/parks/{Id(park)}/mechanisms/Fund/evidence");
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        var list = await (await Browser.SignedInAsync(factory, "pages-viewer", await factory.CreateUserAsync("pages-viewer", "370211", Roles.DistrictStaff)))
            .GetStringAsync("/Parks?Year=2023");
        Assert.Contains("青岛食品饮料产业园", list, StringComparison.Ordinal);
        Assert.Contains("1/5", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_exports_as_a_workbook()
    {
        await ParkAsync(factory, "park-13");
        var client = await Browser.SignedInAsync(factory, "pages-export", await factory.CreateUserAsync("pages-export", "dept-drc", Roles.ProgrammeOffice));
        var r = await client.GetAsync("/Parks?handler=Export&Year=2023");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", r.Content.Headers.ContentType?.MediaType);
    }
}
