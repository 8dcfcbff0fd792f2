namespace Ballast.Web.Common.Tracking;

public enum Status
{
    Green,
    Yellow,
    Red,
    NotReported,
}
