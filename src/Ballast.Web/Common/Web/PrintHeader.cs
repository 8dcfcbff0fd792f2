namespace Ballast.Web.Common.Web;

/// <summary>What a printed list says above its table: which list, which year, printed when.</summary>
public sealed record PrintHeader(string Title, int? Year, DateOnly PrintedOn, int Count);
