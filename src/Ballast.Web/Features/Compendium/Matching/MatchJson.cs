using System.Text.Json.Serialization;
using Ballast.Web.Common.Localization;

namespace Ballast.Web.Features.Compendium;

/// <summary>Matching results as the API answers them: every reason as text in the caller's language, with its outcome.</summary>
public static class MatchJson
{
    public sealed record Reason(int ConditionId, [property: JsonConverter(typeof(JsonStringEnumConverter<ConditionKind>))] ConditionKind Kind,
        ConditionOutcome Outcome, string? Label, string Text);

    public sealed record Firm(int EnterpriseId, string Name, string? Uscc, string? District, string? ContactName, string? ContactPhone,
        Verdict Verdict, IReadOnlyList<Reason> Reasons);

    public sealed record PolicyMatches(int PolicyId, string Code, string Title, int Year, DateOnly Day, bool InForce, int Examined, int Eligible,
        int NeedsChecking, IReadOnlyList<Firm> Firms);

    public sealed record Offer(int PolicyId, string Code, string Title, string? DocumentNumber,
        [property: JsonConverter(typeof(JsonStringEnumConverter<PolicyLevel>))] PolicyLevel Level,
        [property: JsonConverter(typeof(JsonStringEnumConverter<PolicyStatus>))] PolicyStatus Status,
        DateOnly? ExpiresOn, Verdict Verdict, IReadOnlyList<Reason> Reasons);

    public sealed record FirmPolicies(int EnterpriseId, string Name, string? Uscc, string? District, int Year, DateOnly Day,
        IReadOnlyList<Offer> Eligible, IReadOnlyList<Offer> NeedsChecking, IReadOnlyList<Offer> NotEligible, IReadOnlyList<Offer>? Expired);

    public static IReadOnlyList<Reason> Reasons(FirmVerdict v, Texts t) =>
        [.. v.Reasons.Select(r => new Reason(r.ConditionId, r.Kind, r.Outcome, r.Label, r.Text(t)))];

    public static Firm Of(FirmMatch m, Texts t) => new(m.Firm.EnterpriseId, m.Firm.Name, m.Firm.Uscc, m.Firm.DistrictName, m.Firm.ContactName,
        m.Firm.ContactPhone, m.Result.Verdict, Reasons(m.Result, t));

    public static Offer Of(PolicyOffer o, Texts t) => new(o.PolicyId, o.Code, o.Title, o.DocumentNumber, o.Level, o.Status, o.ExpiresOn,
        o.Result.Verdict, Reasons(o.Result, t));

    public static FirmPolicies Of(FirmFacts firm, IReadOnlyList<PolicyOffer> offers, MatchOptions options, bool withExpired, Texts t)
    {
        List<Offer> Where(Verdict v) => [.. offers.Where(o => o.InForce && o.Result.Verdict == v).Select(o => Of(o, t))];
        return new FirmPolicies(firm.EnterpriseId, firm.Name, firm.Uscc, firm.DistrictName, options.Year, options.Day, Where(Verdict.Eligible),
            Where(Verdict.NeedsChecking), Where(Verdict.NotEligible), withExpired ? [.. offers.Where(o => !o.InForce).Select(o => Of(o, t))] : null);
    }
}
