
namespace Ballast.Web.Features.Lists;

public enum ConversionOutcome
{
    Converted,
    NotFound,
    Forbidden,
    AlreadyConverted,
}
