namespace Ballast.Web.Common.Excel;

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

    /// <summary>Text only: keep the line breaks of a long text (a summary, a full text) instead of
    /// collapsing them, so that an exported paragraph imports back as it was.</summary>
    public bool KeepLines { get; init; }

    /// <summary>Decimal only: accept "85%" (→ 0.85, as Excel stores a percentage).</summary>
    public bool AllowPercent { get; init; }

    public IEnumerable<string> Headers => Synonyms.Prepend(Title);
}
