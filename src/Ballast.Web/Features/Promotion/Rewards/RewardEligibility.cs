using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Promotion;

/// <summary>Whether a project may have a referral reward at all: referred, with a referrer registered on or before the
/// day it signed (the same day counts as before, as <see cref="ProjectRules"/> has it), and signed. Checked on the
/// project as stored, whatever channel put it there.</summary>
public static class RewardEligibility
{
    public static List<(string Field, string Message)> Check(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var errors = new List<(string, string)>();
        if (project.MergedIntoId is not null)
        {
            errors.Add(("ProjectId", "该项目已合并入其他项目，请在保留的项目上办理"));
        }
        if (project.Origin != ProjectOrigin.Referral)
        {
            errors.Add(("ProjectId", "该项目的来源不是以商招商（引荐），不能申请引荐奖励"));
            return errors;
        }
        if (string.IsNullOrWhiteSpace(project.ReferrerName) || project.ReferrerKind is null)
        {
            errors.Add(("ReferrerName", "该项目未登记引荐人：请先在项目中填写引荐人及其类型"));
        }
        if (project.SignedOn is not { } signed)
        {
            errors.Add(("SignedOn", "该项目尚未签约：签约后方可申请引荐奖励"));
            return errors;
        }
        if (project.ReferrerRegisteredOn is not { } registered)
        {
            errors.Add(("ReferrerRegisteredOn", "该项目未填写引荐人登记日期"));
        }
        else if (registered > signed)
        {
            errors.Add(("ReferrerRegisteredOn", "引荐人登记日期晚于项目签约日期：引荐人须在签约之前（含当日）登记，不予奖励"));
        }
        return errors;
    }
}
