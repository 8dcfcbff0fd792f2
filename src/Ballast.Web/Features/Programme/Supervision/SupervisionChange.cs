
namespace Ballast.Web.Features.Programme;

/// <summary>A value a step set; <see cref="Field"/> is the Chinese column name, and so is
/// <see cref="Value"/> when <see cref="IsText"/> (a state's or a source's name) rather than what was entered.</summary>
public sealed record SupervisionChange(string Field, string? Value, bool IsText = false);
