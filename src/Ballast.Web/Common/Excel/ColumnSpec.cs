namespace Ballast.Web.Common.Excel;

public enum ColumnKind
{
    Text,

    /// <summary>Money, converted into the spec's <see cref="ColumnSpec.Unit"/> from the unit the sheet states.</summary>
    Amount,
    Decimal,
    Integer,
    Date,
    Choice,
}

/// <summary>One allowed value of a Choice column and the labels people write for it.</summary>
/// <param name="Value">What the row carries, e.g. "Signed".</param>
/// <param name="Labels">The first is the display label, e.g. "签约", "已签约".</param>
public sealed record ChoiceOption(string Value, params IReadOnlyList<string> Labels)
{
    public string DisplayLabel => Labels.Count > 0 ? Labels[0] : Value;
}

/// <summary>A target field of an import and how sheets name it.</summary>
/// <param name="Key">The field, e.g. "Name".</param>
/// <param name="Title">Header in the platform's own template, e.g. "项目名称"; also used in messages.</param>
public sealed record ColumnSpec(string Key, string Title, ColumnKind Kind)
{
    /// <summary>Other headers people use, e.g. "项目", "项目全称".</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    public bool Required { get; init; }

    /// <summary>Amount only: the unit the value ends up in; also assumed when the sheet states none.</summary>
    public AmountUnit Unit { get; init; } = AmountUnit.Wan;

    /// <summary>Choice only.</summary>
    public IReadOnlyList<ChoiceOption> Choices { get; init; } = [];

    /// <summary>Text only.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Decimal only: accept "85%" (→ 0.85, as Excel stores a percentage).</summary>
    public bool AllowPercent { get; init; }

    public IEnumerable<string> Headers => Synonyms.Prepend(Title);
}
