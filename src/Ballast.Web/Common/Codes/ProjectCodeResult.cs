
namespace Ballast.Web.Common.Codes;

/// <param name="Value">Normalised code: half-width, trimmed, hyphens unified, upper case.</param>
/// <param name="IsValid">Whether the code has either format; there is no warning state.</param>
/// <param name="Format">Null when the code is invalid.</param>
/// <param name="Problem">Simplified-Chinese message for the user; null when valid.</param>
public sealed record ProjectCodeResult(string Value, bool IsValid, ProjectCodeFormat? Format, string? Problem);
