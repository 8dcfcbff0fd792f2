namespace Ballast.Web.Features.Projects;

public enum DispatchAction
{
    Save,
    Submit,
    Review,
    Accept,
    Return,
    Reopen,
}
