using System.Globalization;
using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Programme;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Programme;

/// <summary>Supervision items written straight to the database, and the users who work on them.</summary>
internal static class SupervisionSeed
{
    public static readonly DateTimeOffset July10 = new(2023, 7, 10, 1, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset CityDay(int month, int day) => new(2023, month, day, 1, 0, 0, TimeSpan.Zero);

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static Task<int> UnitAsync(BallastFactory f, string code) =>
        f.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    public static async Task<int> ItemAsync(BallastFactory f, string unitCode, string title, DateOnly dueOn,
        SupervisionState state = SupervisionState.Assigned, int year = 2023, DateOnly? closedOn = null, string source = SupervisionNames.Meeting)
    {
        var unit = await UnitAsync(f, unitCode);
        return await f.WithDbAsync(async db =>
        {
            var item = new SupervisionItem
            {
                Year = year, Title = title, Source = source, OwnerUnitId = unit, IssuedBy = "seed", DueOn = dueOn, State = state,
                IssuedOn = new DateOnly(2023, 7, 1), ClosedOn = state == SupervisionState.Closed ? closedOn ?? dueOn : null,
                Report = state is SupervisionState.Reported or SupervisionState.Closed ? "已按要求完成" : null,
            };
            db.SupervisionItems.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });
    }

    public static Task<SupervisionItem> LoadAsync(BallastFactory f, int id) =>
        f.WithDbAsync(db => db.SupervisionItems.AsNoTracking().SingleAsync(s => s.Id == id));

    public static async Task<HttpClient> SignedInAsync(BallastFactory f, string userName, string unitCode, string role) =>
        await Browser.SignedInAsync(f, userName, await f.CreateUserAsync(userName, unitCode, role));

    /// <summary>Posts a form with a token from another page (every page carries one in its sign-out form).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string>? fields = null, string tokenUrl = "/Programme/Supervision")
    {
        var token = await Browser.AntiforgeryTokenAsync(client, tokenUrl);
        return await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = token }));
    }

    public static string Move(int id, string handler) => $"/Programme/Supervision/Edit?handler={handler}&id={id}";

    public static void Redirected(HttpResponseMessage response) => Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
}
