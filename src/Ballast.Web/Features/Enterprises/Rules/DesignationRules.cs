namespace Ballast.Web.Features.Enterprises;

/// <summary>What a designation must say, given its kind. Pure: the caller looks the kind up and gives today.</summary>
public static class DesignationRules
{
    public static List<(string Field, string Message)> Check(DesignationInput input, DesignationKind? kind, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<(string, string)>();
        if (kind is null)
        {
            errors.Add((nameof(input.KindCode), "认定类别不存在"));
            return errors;
        }
        if (kind.Subject == DesignationSubject.Firm && input.EnterpriseId is null)
        {
            errors.Add((nameof(input.EnterpriseId), "该类认定授予企业，请选择企业"));
        }
        if (kind.Subject == DesignationSubject.Area)
        {
            if (input.EnterpriseId is not null)
            {
                errors.Add((nameof(input.EnterpriseId), "该类认定授予区域或机构，不能选择企业"));
            }
            if (string.IsNullOrWhiteSpace(input.SubjectName))
            {
                errors.Add((nameof(input.SubjectName), "请填写认定对象名称"));
            }
        }
        if (input.Year > today.Year)
        {
            errors.Add((nameof(input.Year), "认定年度不能晚于今年"));
        }
        if (ExpiryOf(input, kind) is { } expires && expires.Year < input.Year)
        {
            errors.Add((nameof(input.ExpiresOn), "有效期不能早于认定年度"));
        }
        return errors;
    }

    /// <summary>As given, else the end of the year the kind's validity runs out (三年: granted 2023, valid to 2026-12-31).</summary>
    public static DateOnly? ExpiryOf(DesignationInput input, DesignationKind kind) =>
        input.ExpiresOn ?? (kind.ValidYears is { } years ? new DateOnly(input.Year + years, 12, 31) : null);

    public static string LevelName(DesignationLevel level) => level switch
    {
        DesignationLevel.National => "国家级",
        DesignationLevel.Provincial => "省级",
        _ => "市级",
    };
}
