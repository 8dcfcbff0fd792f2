namespace Ballast.Web.Common.Excel;

/// <summary>One data row: typed values by spec key and what is wrong with it.</summary>
public sealed class ParsedRow(int rowNumber, IReadOnlyDictionary<string, object?> values, IReadOnlyList<string> problems)
{
    /// <summary>1-based, as Excel numbers it.</summary>
    public int RowNumber { get; } = rowNumber;

    /// <summary>
    /// Key → string, decimal (amounts in the spec's unit), int, DateOnly or the choice value.
    /// Every matched column has its key (null when empty or invalid); a column absent from the
    /// sheet has none, so an update can tell "left empty" from "not supplied".
    /// </summary>
    public IReadOnlyDictionary<string, object?> Values { get; } = values;

    public IReadOnlyList<string> Problems { get; } = problems;

    public bool IsValid => Problems.Count == 0;

    public string? GetString(string key) => (string?)Get(key);

    public decimal? GetDecimal(string key) => (decimal?)Get(key);

    public int? GetInt32(string key) => (int?)Get(key);

    public DateOnly? GetDate(string key) => (DateOnly?)Get(key);

    private object? Get(string key) => Values.TryGetValue(key, out var v) ? v : null;
}
