namespace Ballast.Web.Common.Web;

/// <summary>One field of a refused save: what the user sent and what is stored now.</summary>
public sealed record FieldDifference(string Field, string? Mine, string? Theirs);
