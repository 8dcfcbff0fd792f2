using System.Net;

namespace Ballast.Tests.Resilience;

/// <summary>One write a user makes, through a page or the API: how to send it, what it answers when
/// saved, and (for a page) a value the user typed that must still be in the form after a refusal.</summary>
public sealed record WriteProbe(string Name, bool IsPage, HttpStatusCode Saved, string? Typed, Func<Task<HttpResponseMessage>> SendAsync)
{
    public override string ToString() => Name;
}
