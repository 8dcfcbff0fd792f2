
namespace Ballast.Web.Features.Lists;

public enum CarrierKind
{
    Land,
    Building,
    Factory,
}
