using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Features.Organisation;

namespace Ballast.Web.Features.Compendium;

/// <summary>Checks on a policy's fields that annotations cannot express. Pure: the caller supplies what it
/// looked up (the kind of the area unit). Normalises the input it checks (文号, contacts, codes).</summary>
public static class PolicyRules
{
    public static List<(string Field, string Message)> Annotations(PolicyInput input, Texts t) => InputRules.Validate(input, t);

    public static List<(string Field, string Message)> Check(PolicyInput input, UnitKind? areaKind, Texts t)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(t);
        var errors = new List<(string, string)>();
        input.Title = input.Title.Trim();
        input.Issuer = input.Issuer.Trim();
        input.DocumentNumber = DocumentNumbers.Normalise(input.DocumentNumber);
        if (input.Title.Length == 0)
        {
            errors.Add((nameof(input.Title), t["请填写政策名称"]));
        }
        if (input.Issuer.Length == 0)
        {
            errors.Add((nameof(input.Issuer), t["请填写发布单位"]));
        }
        if (input.EffectiveOn is { } from && input.ExpiresOn is { } to && to < from)
        {
            errors.Add((nameof(input.ExpiresOn), t["失效日期不能早于生效日期"]));
        }
        errors.AddRange(Area(input, areaKind, t));
        input.DivisionCodes = [.. input.DivisionCodes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.Ordinal)];
        input.ChainIds = [.. input.ChainIds.Distinct()];
        input.Contacts = [.. input.Contacts.Where(c => !c.IsEmpty)];
        for (var i = 0; i < input.Contacts.Count; i++)
        {
            var c = input.Contacts[i];
            c.Unit = c.Unit?.Trim();
            c.Name = string.IsNullOrWhiteSpace(c.Name) ? null : c.Name.Trim();
            c.Phone = string.IsNullOrWhiteSpace(c.Phone) ? null : Phones.Clean(c.Phone);
            if (string.IsNullOrEmpty(c.Unit))
            {
                errors.Add(($"Contacts[{i}].Unit", t["请填写联系单位"]));
            }
            if (c.Phone is { } phone && !Phones.IsPlausible(phone))
            {
                errors.Add(($"Contacts[{i}].Phone", t["联系电话「{0}」不像电话号码：应为固定电话（如 0532-85911234）、手机号或服务热线", phone]));
            }
        }
        return errors;
    }

    /// <summary>A city policy applies city-wide; a district policy names its district (or functional area),
    /// a park policy its park.</summary>
    private static IEnumerable<(string, string)> Area(PolicyInput input, UnitKind? areaKind, Texts t)
    {
        const string field = nameof(PolicyInput.AreaUnitId);
        switch (input.Level)
        {
            case PolicyLevel.City when input.AreaUnitId is not null:
                yield return (field, t["市级政策适用全市，不选区市或园区"]);
                break;
            case PolicyLevel.District when areaKind is not (UnitKind.District or UnitKind.FunctionalArea):
                yield return (field, t["区（市）级政策请选择适用的区市或功能区"]);
                break;
            case PolicyLevel.Park when areaKind is not UnitKind.Park:
                yield return (field, t["园区政策请选择适用的园区"]);
                break;
            default:
                break;
        }
    }
}
