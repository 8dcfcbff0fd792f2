namespace Ballast.Web.Common.Excel;

/// <summary>One pass over a sheet's rows: buffer the top to find the header, then stream the data
/// rows one at a time, so a sheet of any length holds one row in memory.</summary>
internal sealed class SheetParse(
    string sha,
    string sheetName,
    IReadOnlyList<ColumnSpec> specs,
    IReadOnlyDictionary<string, ColumnSpec> lookup,
    SheetReadOptions options,
    IProgress<int>? progress,
    CancellationToken cancellationToken)
{
    private const int ProgressEvery = 500;

    private readonly List<object?[]> top = [];
    private HeaderLayout? header;
    private int rowsRead;

    public List<string> Errors { get; } = [];

    public List<SkippedRow> Skipped { get; } = [];

    public string TooMany => $"数据行超过上限 {options.MaxRows} 行，请拆分文件后分批导入";

    /// <summary>Finds the header among the top rows; when there is none (or a required column is
    /// missing) <see cref="Errors"/> says so and <see cref="Data"/> yields nothing.</summary>
    public ParsedSheet Start(IEnumerator<object?[]> e)
    {
        while (top.Count < options.HeaderSearchRows + 1 && Next(e) is { } row)
        {
            top.Add(row);
        }

        var found = HeaderLocator.Locate(top, lookup, options.HeaderSearchRows);
        if (found is null)
        {
            var titles = string.Join("、", specs.Where(s => s.Required).DefaultIfEmpty(specs[0]).Select(s => $"「{s.Title}」"));
            Errors.Add($"未找到表头：前 {options.HeaderSearchRows} 行中没有可识别的列名（如{titles}）");
            return Sheet(null);
        }

        var missing = specs.Where(s => s.Required && found.Columns.All(c => c.Match.Spec != s)).Select(s => s.Title).ToList();
        if (missing.Count > 0)
        {
            Errors.Add("缺少必填列：" + string.Join("、", missing));
            return Sheet(found) with { MissingRequired = missing };
        }

        header = found;
        return Sheet(found);
    }

    /// <summary>The data rows, typed; stops with a sheet error at the row past the limit.</summary>
    public IEnumerable<ParsedRow> Data(IEnumerator<object?[]> e)
    {
        if (header is null)
        {
            yield break;
        }

        var count = 0;
        foreach (var (rowNumber, cells) in Rows(e))
        {
            var skip = Classify(cells, rowNumber);
            if (skip is not null)
            {
                if (skip.Length > 0)
                {
                    Skipped.Add(new SkippedRow(rowNumber, skip));
                }

                continue;
            }

            if (count++ == options.MaxRows)
            {
                Errors.Add(TooMany);
                break;
            }

            yield return ParseRow(rowNumber, cells, header);
        }

        progress?.Report(rowsRead);
    }

    /// <summary>Counts data rows without typing a cell, stopping one past the limit: true when the sheet has too many.</summary>
    public bool ExceedsLimit(IEnumerator<object?[]> e)
    {
        var count = 0;
        foreach (var (rowNumber, cells) in Rows(e))
        {
            if (Classify(cells, rowNumber) is null && ++count > options.MaxRows)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The rows below the header with their 1-based numbers: first those buffered, then the rest.</summary>
    private IEnumerable<(int, object?[])> Rows(IEnumerator<object?[]> e)
    {
        var firstData = header!.FirstRow + header.RowCount;
        var rowNumber = firstData - 1;
        foreach (var cells in top.Skip(firstData - 1).Concat(Rest(e)))
        {
            yield return (++rowNumber, cells);
        }

        top.Clear();
    }

    /// <summary>Null for a data row; "" for a row with nothing to import; otherwise why it is skipped.</summary>
    private string? Classify(object?[] cells, int rowNumber)
    {
        var h = header!;
        if (cells.All(RowClassifier.IsBlank))
        {
            return "";
        }

        if (RowClassifier.SkipReason(cells, rowNumber == h.FirstRow + h.RowCount) is { } reason)
        {
            return reason;
        }

        // Text only in ignored columns, or a template row whose formulas show 0: nothing to import.
        if (h.Columns.All(c => At(cells, c.Index) is null or 0d || RowClassifier.IsBlank(At(cells, c.Index))))
        {
            return "";
        }

        return IsRepeatedHeader(cells, h) ? "重复表头行" : null;
    }

    private static ParsedRow ParseRow(int rowNumber, object?[] cells, HeaderLayout header)
    {
        var values = new Dictionary<string, object?>(header.Columns.Count, StringComparer.Ordinal);
        List<string>? problems = null;
        foreach (var (index, match) in header.Columns)
        {
            var result = CellParser.Parse(At(cells, index), match.Spec, match.SourceUnit);
            values[match.Spec.Key] = result.Value;
            if (result.Error is { } error)
            {
                (problems ??= []).Add(error);
            }
            else if (result.Value is null && match.Spec.Required)
            {
                (problems ??= []).Add($"「{match.Spec.Title}」不能为空");
            }
        }

        return new ParsedRow(rowNumber, values, problems is null ? [] : problems);
    }

    /// <summary>Sheets pasted together from several units repeat the header between blocks.</summary>
    private bool IsRepeatedHeader(object?[] cells, HeaderLayout layout)
    {
        var same = layout.Columns.Count(c =>
            At(cells, c.Index) is string s
            && lookup.TryGetValue(HeaderText.SplitUnit(HeaderText.Normalize(s), out _), out var spec)
            && spec == c.Match.Spec);
        return same >= Math.Min(2, layout.Columns.Count);
    }

    private static object? At(object?[] cells, int index) => index < cells.Length ? cells[index] : null;

    private object?[]? Next(IEnumerator<object?[]> e)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!e.MoveNext())
        {
            return null;
        }

        if (++rowsRead % ProgressEvery == 0)
        {
            progress?.Report(rowsRead);
        }

        return e.Current;
    }

    private IEnumerable<object?[]> Rest(IEnumerator<object?[]> e)
    {
        while (Next(e) is { } row)
        {
            yield return row;
        }
    }

    private ParsedSheet Sheet(HeaderLayout? found) => new()
    {
        FileSha256 = sha,
        SheetName = sheetName,
        HeaderRow = found?.FirstRow,
        HeaderRowCount = found?.RowCount ?? 0,
        SheetUnit = found?.SheetUnit,
        Columns = found?.Columns.Select(c => c.Match).ToList() ?? [],
        UnmatchedHeaders = found?.Unmatched ?? [],
        NamedMonths = found is null ? []
            : [.. found.TitleMonths.Concat(found.Columns.Select(c => MonthText.Find(c.Match.Header)).OfType<int>()).Distinct().Order()],
        Errors = [.. Errors],
    };
}
