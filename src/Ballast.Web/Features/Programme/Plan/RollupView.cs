using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Programme;

public sealed record RollupView(decimal? Score, Status Status, string StatusName, int Reported, int NotReported, string Formula);
