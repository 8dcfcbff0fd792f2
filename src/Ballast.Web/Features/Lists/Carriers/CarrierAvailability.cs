
namespace Ballast.Web.Features.Lists;

public enum CarrierAvailability
{
    Available,
    Reserved,
    Taken,
}
