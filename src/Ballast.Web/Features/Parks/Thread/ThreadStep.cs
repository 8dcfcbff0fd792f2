namespace Ballast.Web.Features.Parks;

/// <summary>One step of a project's thread as the page and the API show it, in the reader's language. A step not
/// reached yet is still listed, marked so.</summary>
public sealed record ThreadStep(string Key, string Title, bool Reached, DateOnly? On, IReadOnlyList<ThreadFact> Facts);

/// <summary>A fact under a step, with a link to the record behind it where there is one.</summary>
public sealed record ThreadFact(string Label, string Value, string? Href = null);
