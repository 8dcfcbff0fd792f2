using Ballast.Web.Common.Codes;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;

namespace Ballast.Web.Features.Projects;

/// <summary>Checks on a project's fields that data annotations cannot express. Pure: the caller
/// supplies what it knows (the signing date). Returns (field, Chinese message) pairs.</summary>
public static class ProjectRules
{
    /// <summary>The data annotations on <see cref="ProjectInput"/> (ranges, lengths) and the rules every
    /// input obeys, exactly as the page's model validation runs them: the API and the import call this
    /// so no channel skips one.</summary>
    public static List<(string Field, string Message)> Annotations(ProjectInput input, Texts t) => InputRules.Validate(input, t);

    public static List<(string Field, string Message)> Check(ProjectInput input, DateOnly? signedOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.ParcelCode = LandRules.NormaliseParcel(input.ParcelCode);
        var errors = LandRules.Check(input, today);
        if (!string.IsNullOrWhiteSpace(input.InvestorUscc))
        {
            var uscc = Uscc.Check(input.InvestorUscc);
            input.InvestorUscc = uscc.Value;
            if (uscc.Status == UsccStatus.Malformed)
            {
                errors.Add((nameof(input.InvestorUscc), uscc.Problem!));
            }
            else if (uscc.Status == UsccStatus.CheckFailed && string.IsNullOrWhiteSpace(input.UsccOverrideReason))
            {
                // Early pilot codes were legally issued yet fail the check: a warning the user may override.
                errors.Add((nameof(input.UsccOverrideReason), $"{uscc.Problem}。如确认无误，请填写保留说明"));
            }
        }
        if (!string.IsNullOrWhiteSpace(input.ProjectCode))
        {
            var code = ProjectCode.Check(input.ProjectCode);
            if (!code.IsValid)
            {
                errors.Add((nameof(input.ProjectCode), code.Problem!));
            }
            else
            {
                input.ProjectCode = code.Value;
            }
        }
        if (input.PlannedStartOn is { } start && input.PlannedCompletionOn is { } end && end < start)
        {
            errors.Add((nameof(input.PlannedCompletionOn), "计划竣工日期不能早于计划开工日期"));
        }
        if (input.Origin == ProjectOrigin.Referral)
        {
            if (string.IsNullOrWhiteSpace(input.ReferrerName) || input.ReferrerKind is null)
            {
                errors.Add((nameof(input.ReferrerName), "以商招商项目须填写引荐人及其类型"));
            }
            if (input.ReferrerRegisteredOn is null)
            {
                errors.Add((nameof(input.ReferrerRegisteredOn), "请填写引荐人登记日期"));
            }
            else if (signedOn is { } signed && input.ReferrerRegisteredOn > signed)
            {
                errors.Add((nameof(input.ReferrerRegisteredOn), "引荐人须在项目签约前登记"));
            }
        }
        if (input.IsForeignInvested && string.IsNullOrWhiteSpace(input.InvestorCountry))
        {
            errors.Add((nameof(input.InvestorCountry), "外资项目请填写投资方国别（地区）"));
        }
        return errors;
    }
}
