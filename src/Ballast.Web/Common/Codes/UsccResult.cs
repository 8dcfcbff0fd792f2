
namespace Ballast.Web.Common.Codes;

/// <param name="Value">Normalised code: half-width, trimmed, upper case.</param>
/// <param name="Status">Whether the code is valid, a warning, or a rejection.</param>
/// <param name="Problem">Simplified-Chinese message for the user; null when valid.</param>
public sealed record UsccResult(string Value, UsccStatus Status, string? Problem);
