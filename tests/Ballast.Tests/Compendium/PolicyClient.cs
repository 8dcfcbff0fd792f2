using System.Net.Http.Json;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Compendium;

namespace Ballast.Tests.Compendium;

/// <summary>Policies through the API, as a client sends and reads them.</summary>
internal static class PolicyClient
{
    // Ballast sends and reads enums as numbers.
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<HttpClient> AsAsync(BallastFactory factory, string user, string unitCode, string role) =>
        await Browser.WithTokenAsync(factory, user, await factory.CreateUserAsync(user, unitCode, role));

    public static PolicyInput Input(string title, string? number = null, string issuer = "青岛市人民政府", string? summary = null, string? text = null) =>
        new() { Title = title, DocumentNumber = number, Issuer = issuer, Summary = summary, FullText = text, EffectiveOn = new DateOnly(2023, 3, 1) };

    public static async Task<PolicyDto> CreateAsync(HttpClient client, PolicyInput input)
    {
        var response = await client.PostAsJsonAsync("/api/policies", input, Json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonSerializer.Deserialize<PolicyDto>(body, Json)!;
    }

    public static async Task<List<PolicyDto>> ListAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<List<PolicyDto>>("/api/policies" + query, Json))!;

    public static async Task<List<string>> TitlesAsync(HttpClient client, string q) =>
        [.. (await ListAsync(client, "?q=" + Uri.EscapeDataString(q))).Select(p => p.Title)];
}
