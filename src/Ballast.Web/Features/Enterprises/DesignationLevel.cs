namespace Ballast.Web.Features.Enterprises;

/// <summary>Who granted a designation; order matters ("city level or above").</summary>
public enum DesignationLevel
{
    City,
    Provincial,
    National,
}
