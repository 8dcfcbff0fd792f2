using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Enterprises;

/// <summary>The outcome of a save of a firm, a designation or a year's figures: the record, or why not,
/// field by field. <see cref="Current"/> is the stored version after a conflict.</summary>
public sealed record RecordSave<T>(SaveOutcome Outcome, T? Record, List<(string Field, string Message)> Errors, T? Current = null) where T : class;
