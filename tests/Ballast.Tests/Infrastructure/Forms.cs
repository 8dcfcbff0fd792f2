namespace Ballast.Tests.Infrastructure;

/// <summary>Form posts that repeat a field (a group of checkboxes), which a dictionary cannot hold.</summary>
public static class Forms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, params (string Name, string Value)[] fields)
    {
        var token = await Browser.AntiforgeryTokenAsync(client, url);
        var body = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new KeyValuePair<string, string>("__RequestVerificationToken", token));
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }
}
