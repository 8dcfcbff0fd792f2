using Ballast.Web.Common.Excel;

namespace Ballast.Web.Features.Compendium;

/// <summary>The columns of the policy sheet: the export's headers (Chinese and English) first, then the names
/// lists really use. Keys that are <see cref="PolicyInput"/> properties bind onto it; the others are resolved
/// by the importer (area, chains, divisions, contact, code). 发布日期 is not read: publication is not taking effect.</summary>
public static class PolicyImportSpecs
{
    public static readonly IReadOnlyList<ColumnSpec> All =
    [
        // Not required of the sheet: a row found by its code may leave the title out, and an empty title is
        // refused by the save with the form's words.
        new("Title", "政策名称", ColumnKind.Text) { Synonyms = ["政策标题", "名称", "政策文件名称", "文件名称", "标题", "Policy title", "Title"] },
        new("DocumentNumber", "文号", ColumnKind.Text) { Synonyms = ["发文字号", "文件编号", "发文文号", "文件字号", "Document number"] },
        new("Issuer", "发布单位", ColumnKind.Text) { Synonyms = ["发文机关", "制定机关", "发文单位", "发布机关", "发布部门", "Issuer"] },
        new("Level", "政策层级", ColumnKind.Choice) { Synonyms = ["层级", "级别", "Level"], Choices = Levels },
        new("Kind", "政策类型", ColumnKind.Choice) { Synonyms = ["类型", "政策类别", "Kind"], Choices = Kinds },
        new("Area", "适用区市或园区", ColumnKind.Text) { Synonyms = ["适用区市", "适用园区", "适用区域", "区市或园区", "District or park"] },
        new("EffectiveOn", "生效日期", ColumnKind.Date) { Synonyms = ["施行日期", "实施日期", "生效时间", "施行时间", "Effective on"] },
        new("ExpiresOn", "失效日期", ColumnKind.Date) { Synonyms = ["有效期至", "失效时间", "有效期截止", "截止日期", "Expires on"] },
        new("Chains", "所属产业链", ColumnKind.Text) { Synonyms = ["产业链", "适用产业链", "Chain", "Chains"] },
        new("Divisions", "行业大类", ColumnKind.Text) { Synonyms = ["行业", "行业代码", "适用行业", "Industry division"] },
        new("Summary", "摘要", ColumnKind.Text) { Synonyms = ["政策摘要", "主要内容", "内容摘要", "政策要点", "Summary"], KeepLines = true },
        new("ContactUnit", "联系单位", ColumnKind.Text) { Synonyms = ["咨询单位", "受理单位", "咨询部门", "Contact unit"] },
        new("ContactName", "联系人", ColumnKind.Text) { Synonyms = ["咨询联系人", "Contact"] },
        new("ContactPhone", "联系电话", ColumnKind.Text) { Synonyms = ["咨询电话", "电话", "联系方式", "Phone"] },
        new("IsPublished", "对外公开", ColumnKind.Choice) { Synonyms = ["是否公开", "公开", "Published"], Choices = YesNo },
        new("FullText", "全文", ColumnKind.Text) { Synonyms = ["政策全文", "正文", "Full text"], KeepLines = true },
        // Shown by the export; the code finds the policy, the status is read and left alone.
        new("Code", "公开代码", ColumnKind.Text) { Synonyms = ["Public code"] },
        new("Status", "状态", ColumnKind.Text) { Synonyms = ["政策状态", "Status"] },
    ];

    private static IReadOnlyList<ChoiceOption> Levels =>
    [
        new(nameof(PolicyLevel.City), "市级", "市", "全市", "City", "City level", "Municipal"),
        new(nameof(PolicyLevel.District), "区（市）级", "区级", "区市级", "区（市）", "县级", "District", "District level"),
        new(nameof(PolicyLevel.Park), "园区", "园区级", "Park", "Parks", "Park level"),
    ];

    private static IReadOnlyList<ChoiceOption> Kinds =>
    [
        new(nameof(PolicyKind.General), "普惠", "普惠性", "普惠类", "General"),
        new(nameof(PolicyKind.Targeted), "精准", "精准类", "精准性", "Targeted"),
    ];

    private static IReadOnlyList<ChoiceOption> YesNo => [new("true", "是", "公开", "Yes", "Y"), new("false", "否", "不公开", "No", "N")];
}
