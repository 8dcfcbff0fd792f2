namespace Ballast.Web.Common.Excel;

/// <summary>One pass over a sheet's rows: buffer the top to find the header, then stream the data rows.</summary>
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

    private int rowsRead;

    public ParsedSheet Run(IEnumerable<object?[]> rows)
    {
        using var e = rows.GetEnumerator();
        var top = new List<object?[]>();
        while (top.Count < options.HeaderSearchRows + 1 && Next(e) is { } row)
        {
            top.Add(row);
        }

        var header = HeaderLocator.Locate(top, lookup, options.HeaderSearchRows);
        if (header is null)
        {
            var titles = string.Join("、", specs.Where(s => s.Required).DefaultIfEmpty(specs[0]).Select(s => $"「{s.Title}」"));
            return Sheet(null, [$"未找到表头：前 {options.HeaderSearchRows} 行中没有可识别的列名（如{titles}）"]);
        }

        var missing = specs.Where(s => s.Required && header.Columns.All(c => c.Match.Spec != s)).Select(s => s.Title).ToList();
        if (missing.Count > 0)
        {
            return Sheet(header, ["缺少必填列：" + string.Join("、", missing)]) with { MissingRequired = missing };
        }

        var parsed = new List<ParsedRow>();
        var skipped = new List<SkippedRow>();
        var errors = new List<string>();
        var firstData = header.FirstRow + header.RowCount; // 1-based
        var buffered = top.Skip(firstData - 1);
        var rowNumber = firstData - 1;
        foreach (var cells in buffered.Concat(Rest(e)))
        {
            rowNumber++;
            if (cells.All(RowClassifier.IsBlank))
            {
                continue;
            }

            if (RowClassifier.SkipReason(cells, rowNumber == firstData) is { } reason)
            {
                skipped.Add(new SkippedRow(rowNumber, reason));
                continue;
            }

            // Text only in ignored columns, or a template row whose formulas show 0: nothing to import.
            if (header.Columns.All(c => At(cells, c.Index) is null or 0d || RowClassifier.IsBlank(At(cells, c.Index))))
            {
                continue;
            }

            if (IsRepeatedHeader(cells, header))
            {
                skipped.Add(new SkippedRow(rowNumber, "重复表头行"));
                continue;
            }

            if (parsed.Count == options.MaxRows)
            {
                errors.Add($"数据行超过上限 {options.MaxRows} 行，请拆分文件后分批导入");
                break;
            }

            parsed.Add(ParseRow(rowNumber, cells, header));
        }

        progress?.Report(rowsRead);
        return Sheet(header, errors) with { Rows = parsed, SkippedRows = skipped };
    }

    private static ParsedRow ParseRow(int rowNumber, object?[] cells, HeaderLayout header)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (index, match) in header.Columns)
        {
            var result = CellParser.Parse(At(cells, index), match.Spec, match.SourceUnit);
            values[match.Spec.Key] = result.Value;
            if (result.Error is { } error)
            {
                problems.Add(error);
            }
            else if (result.Value is null && match.Spec.Required)
            {
                problems.Add($"「{match.Spec.Title}」不能为空");
            }
        }

        return new ParsedRow(rowNumber, values, problems);
    }

    /// <summary>Sheets pasted together from several units repeat the header between blocks.</summary>
    private bool IsRepeatedHeader(object?[] cells, HeaderLayout header)
    {
        var same = header.Columns.Count(c =>
            At(cells, c.Index) is string s
            && lookup.TryGetValue(HeaderText.SplitUnit(HeaderText.Normalize(s), out _), out var spec)
            && spec == c.Match.Spec);
        return same >= Math.Min(2, header.Columns.Count);
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

    private ParsedSheet Sheet(HeaderLayout? header, IReadOnlyList<string> errors) => new()
    {
        FileSha256 = sha,
        SheetName = sheetName,
        HeaderRow = header?.FirstRow,
        HeaderRowCount = header?.RowCount ?? 0,
        SheetUnit = header?.SheetUnit,
        Columns = header?.Columns.Select(c => c.Match).ToList() ?? [],
        UnmatchedHeaders = header?.Unmatched ?? [],
        NamedMonths = header is null ? []
            : [.. header.TitleMonths.Concat(header.Columns.Select(c => MonthText.Find(c.Match.Header)).OfType<int>()).Distinct().Order()],
        Errors = errors,
    };
}
