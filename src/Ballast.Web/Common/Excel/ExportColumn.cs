
namespace Ballast.Web.Common.Excel;

/// <summary>A column of an export: its (localized) header, cell type and value.</summary>
public sealed record ExportColumn<TRow>(string Header, Type Type, Func<TRow, object?> Value);
