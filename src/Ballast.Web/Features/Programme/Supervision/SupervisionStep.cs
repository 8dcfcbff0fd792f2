
namespace Ballast.Web.Features.Programme;

/// <summary>One step of an item's history: who, when (city time), what happened, and the values it
/// set. <see cref="What"/> and the field names are Chinese keys for the localizer: 交办, 已签收,
/// 已报送办理情况, 退回办理情况, 已办结, 已催办, 申请延期, 同意延期, 不同意延期.</summary>
public sealed record SupervisionStep(DateTimeOffset At, string UserName, string Channel, string What, IReadOnlyList<SupervisionChange> Changes);
