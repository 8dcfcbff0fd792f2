using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Compendium;

/// <summary>What a save did: saved (the policy), refused (field and reason), or conflicted (the current version).</summary>
public sealed record PolicySaveResult(SaveOutcome Outcome, Policy? Policy, List<(string Field, string Message)> Errors, int? CurrentVersion = null)
{
    public static PolicySaveResult Invalid(string field, string message) => new(SaveOutcome.Invalid, null, [(field, message)]);

    public static readonly PolicySaveResult NotFound = new(SaveOutcome.NotFound, null, []);
}
