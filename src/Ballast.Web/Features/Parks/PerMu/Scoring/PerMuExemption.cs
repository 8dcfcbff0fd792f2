namespace Ballast.Web.Features.Parks;

/// <summary>Who is not graded (T): firms founded after 31 December of (year − N), and the divisions the scheme exempts.</summary>
public static class PerMuExemption
{
    public static string? Reason(PerMuScheme scheme, DateOnly? foundedOn, string? division)
    {
        if (scheme.ExemptYoungerThanYears > 0 && foundedOn is { } f && f > new DateOnly(scheme.Year - scheme.ExemptYoungerThanYears, 12, 31))
        {
            return $"成立不满{scheme.ExemptYoungerThanYears}年（{f:yyyy-MM-dd}成立）";
        }
        return division is not null && DivisionSet.Parse(scheme.ExemptDivisions).Contains(division)
            ? $"所属行业（大类{division}）不参评" : null;
    }
}
