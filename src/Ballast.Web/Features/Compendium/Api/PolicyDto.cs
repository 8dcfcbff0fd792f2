namespace Ballast.Web.Features.Compendium;

/// <summary>A policy as the API returns it; Status is as read today, TitleHtml and SnippetHtml mark search hits.</summary>
public sealed record PolicyDto(int Id, string Code, string Title, string? DocumentNumber, string Issuer, PolicyLevel Level, PolicyKind Kind,
    int? AreaUnitId, DateOnly? EffectiveOn, DateOnly? ExpiresOn, PolicyStatus Status, int? ReplacedById, bool IsPublished, string? Summary,
    int[] ChainIds, string[] DivisionCodes, PolicyContactInput[] Contacts, bool IsDemo, int Version, string? TitleHtml = null, string? SnippetHtml = null)
{
    public static PolicyDto Of(Policy p, PolicyStatus status, string? titleHtml = null, string? snippetHtml = null) => new(
        p.Id, p.Code, p.Title, p.DocumentNumber, p.Issuer, p.Level, p.Kind, p.AreaUnitId, p.EffectiveOn, p.ExpiresOn, status, p.ReplacedById,
        p.IsPublished, p.Summary, [.. p.Chains.Select(c => c.ChainId)], [.. p.Industries.Select(i => i.DivisionCode)],
        [.. p.Contacts.OrderBy(c => c.SortOrder).Select(c => new PolicyContactInput { Unit = c.Unit, Name = c.Name, Phone = c.Phone })], p.IsDemo, p.Version,
        titleHtml, snippetHtml);
}
