namespace Ballast.Web.Features.Compendium;

/// <summary>What the public sees of a policy: the released fields and nothing else. Built by
/// <see cref="PublicPolicies"/> from a query that selects exactly these, so no private column reaches a public page.</summary>
public sealed record PublicPolicy(
    string Code, string Title, string? DocumentNumber, string Issuer, PolicyLevel Level, PolicyKind Kind,
    DateOnly? EffectiveOn, DateOnly? ExpiresOn, PolicyStatus Status, string? Summary, string? FullText, int? ReplacedById)
{
    /// <summary>For the queries that follow; never shown (the code is the public key).</summary>
    internal int Id { get; init; }
    public IReadOnlyList<PublicContact> Contacts { get; init; } = [];
    public IReadOnlyList<PublicFile> Files { get; init; } = [];
    /// <summary>The successor's public code and title, when it replaced this one and is published itself.</summary>
    public (string Code, string Title)? Successor { get; init; }

    /// <summary>The full text as paragraphs (blank lines and single line breaks both end one).</summary>
    public IEnumerable<string> Paragraphs() =>
        (FullText ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
}

public sealed record PublicContact(string Unit, string? Name, string? Phone);

public sealed record PublicFile(int Id, string FileName, long Size);
