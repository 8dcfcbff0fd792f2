
namespace Ballast.Web.Features.Projects;

public sealed record PossibleDuplicate(int Id, string Name, string Unit, string Reason);
