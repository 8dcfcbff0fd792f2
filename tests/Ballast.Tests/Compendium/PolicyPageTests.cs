using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ballast.Tests.Compendium;

/// <summary>The policy form posted as a browser posts it: multipart, the file input left empty, three blank contact rows,
/// no dates. A new city policy is saved and opens; an error is shown by the exception the server logged.</summary>
public sealed class PolicyPageTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    [Fact]
    public async Task A_new_policy_posted_from_the_form_is_saved_and_opens()
    {
        var errors = new ErrorLog();
        factory.Services.GetRequiredService<ILoggerFactory>().AddProvider(errors);
        var client = await Browser.SignedInAsync(factory, "policy-page", await factory.CreateUserAsync("policy-page", "dept-drc", Roles.ProgrammeOffice));
        var form = new MultipartFormDataContent
        {
            { new StringContent(await Browser.AntiforgeryTokenAsync(client, "/Policies/Edit")), "__RequestVerificationToken" },
        };
        // The file input left empty: a part with an empty file name, as browsers send it.
        var file = new ByteArrayContent([]);
        file.Headers.TryAddWithoutValidation("Content-Disposition", "form-data; name=\"docx\"; filename=\"\"");
        form.Add(file);
        foreach (var (name, value) in Fields())
        {
            form.Add(new StringContent(value), name);
        }
        var saved = await client.PostAsync("/Policies/Edit", form);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"{saved.StatusCode}\n{errors}");
        var details = await client.GetAsync(saved.Headers.Location);
        Assert.True(details.StatusCode == HttpStatusCode.OK, $"{details.StatusCode}\n{errors}");
        Assert.Contains("（表单）海洋装备首台套保险补偿办法", await details.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static IEnumerable<(string, string)> Fields()
    {
        (string, string)[] fields =
        [
            ("Input.Version", "0"), ("Input.Title", "（表单）海洋装备首台套保险补偿办法"), ("Input.DocumentNumber", ""),
            ("Input.Issuer", "青岛市工业和信息化局"), ("Input.Level", "City"), ("Input.AreaUnitId", ""), ("Input.Kind", "General"),
            ("Input.EffectiveOn", ""), ("Input.ExpiresOn", ""), ("Input.IsPublished", "false"), ("Input.Summary", "保费补偿。"), ("Input.FullText", ""),
        ];
        return fields.Concat(Enumerable.Range(0, 3).SelectMany(i => new[] { "Unit", "Name", "Phone" }.Select(f => ($"Input.Contacts[{i}].{f}", ""))));
    }

    /// <summary>The errors the server logs, to say why a request failed.</summary>
    private sealed class ErrorLog : ILoggerProvider, ILogger
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _lines = new();

        public ILogger CreateLogger(string categoryName) => this;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                _lines.Enqueue(formatter(state, exception) + "\n" + exception);
            }
        }

        public void Dispose()
        {
        }

        public override string ToString() => string.Join("\n", _lines);
    }
}
