namespace Ballast.Web.Features.Enterprises;

public enum DesignationSubject
{
    Firm,
    Area,
}
