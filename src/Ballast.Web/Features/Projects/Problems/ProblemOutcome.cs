
namespace Ballast.Web.Features.Projects;

/// <summary>What an action did. <see cref="Errors"/> is keyed by input field (or "State") and
/// holds messages already in the user's language.</summary>
public sealed record ProblemOutcome(ProblemOutcomeKind Kind, Problem? Problem = null, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static readonly ProblemOutcome NotFound = new(ProblemOutcomeKind.NotFound);
    public static readonly ProblemOutcome Forbidden = new(ProblemOutcomeKind.Forbidden);

    public static ProblemOutcome Invalid(string field, string message) =>
        new(ProblemOutcomeKind.Invalid, Errors: new Dictionary<string, string[]> { [field] = [message] });
}
