namespace Ballast.Web.Features.Enterprises;

/// <summary>What the upload form says when the sheet does not: the kind and level of a designation list,
/// the year of a list or figures sheet, the source of figures; and whether one bad row keeps everything out.</summary>
public sealed record ImportOptions(string? KindCode = null, DesignationLevel? Level = null, int? Year = null, string? Source = null,
    bool AllOrNothing = false)
{
    public string Key => $"{KindCode}|{Level}|{Year}|{Source}|{AllOrNothing}";
}
