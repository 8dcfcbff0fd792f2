
namespace Ballast.Web.Features.Lists;

public sealed record ConversionResult(ConversionOutcome Outcome, int? ProjectId = null);
