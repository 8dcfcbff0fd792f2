
namespace Ballast.Web.Features.Projects;

public sealed record SaveResult(SaveOutcome Outcome, Project? Project, List<(string Field, string Message)> Errors,
    List<PossibleDuplicate> Duplicates, Project? Current);
