namespace Ballast.Web.Features.Programme;

/// <summary>What an action did. <see cref="Errors"/> is keyed by input field, or "State" when the
/// item's state (or a concurrent change) refuses the move, and holds messages already in the
/// user's language.</summary>
public sealed record SupervisionOutcome(SupervisionOutcomeKind Kind, SupervisionItem? Item = null, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public const string StateKey = "State";

    public static readonly SupervisionOutcome NotFound = new(SupervisionOutcomeKind.NotFound);
    public static readonly SupervisionOutcome Forbidden = new(SupervisionOutcomeKind.Forbidden);

    public static SupervisionOutcome Invalid(string field, string message) =>
        new(SupervisionOutcomeKind.Invalid, Errors: new Dictionary<string, string[]> { [field] = [message] });

    public static SupervisionOutcome Invalid(Dictionary<string, string[]> errors) => new(SupervisionOutcomeKind.Invalid, Errors: errors);

    public static SupervisionOutcome Done(SupervisionItem item) => new(SupervisionOutcomeKind.Done, item);
}
