namespace Ballast.Web.Common.Excel;

/// <summary>
/// Finds the header among the first rows: the row, or pair of rows (a group row over sub-headers),
/// whose cells match the most specs. Title rows above it score nothing and are passed over.
/// </summary>
internal static class HeaderLocator
{
    private sealed record HeaderCell(int Index, string Display, IReadOnlyList<string> Candidates, AmountUnit? Unit);

    private sealed record Candidate(int FirstRow, int RowCount, List<(HeaderCell Cell, ColumnSpec Spec)> Matched, List<HeaderCell> Unmatched)
    {
        public int Score => Matched.Count;
    }

    /// <param name="rows">The sheet's first rows, index 0 = Excel row 1.</param>
    public static HeaderLayout? Locate(IReadOnlyList<object?[]> rows, IReadOnlyDictionary<string, ColumnSpec> lookup, int searchRows)
    {
        Candidate? best = null;
        for (var r = 0; r < Math.Min(searchRows, rows.Count); r++)
        {
            var single = Evaluate(r, 1, SingleRowCells(rows[r]), lookup);
            if (single.Score > (best?.Score ?? 0))
            {
                best = single;
            }

            if (r + 1 < rows.Count && TwoRowShape(rows[r], rows[r + 1]) is { } certain)
            {
                // A merged header (certain) beats its own top row read alone on a tie: otherwise
                // the sub-header row would be read as data.
                var two = Evaluate(r, 2, TwoRowCells(rows[r], rows[r + 1], certain), lookup);
                if (two.Score > (best?.Score ?? 0) || (certain && two.Score > 0 && two.Score == single.Score && ReferenceEquals(best, single)))
                {
                    best = two;
                }
            }
        }

        return best is null ? null : Layout(best, rows);
    }

    public static Dictionary<string, ColumnSpec> BuildLookup(IReadOnlyList<ColumnSpec> specs)
    {
        ArgumentNullException.ThrowIfNull(specs);
        if (specs.Count == 0)
        {
            throw new ArgumentException("No column specs.", nameof(specs));
        }

        var lookup = new Dictionary<string, ColumnSpec>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            if (specs.Count(s => s.Key == spec.Key) > 1)
            {
                throw new ArgumentException($"Duplicate column key {spec.Key}.", nameof(specs));
            }

            if (spec.Kind == ColumnKind.Choice && spec.Choices.Count == 0)
            {
                throw new ArgumentException($"Choice column {spec.Key} has no choices.", nameof(specs));
            }

            foreach (var header in spec.Headers)
            {
                var key = HeaderText.SplitUnit(HeaderText.Normalize(header), out _);
                if (lookup.TryGetValue(key, out var other) && other != spec)
                {
                    throw new ArgumentException($"Header {header} belongs to both {other.Key} and {spec.Key}.", nameof(specs));
                }

                lookup[key] = spec;
            }
        }

        return lookup;
    }

    private static HeaderLayout Layout(Candidate best, IReadOnlyList<object?[]> rows)
    {
        // A "单位：亿元" note above the header, or standing in a header cell of its own.
        var noteUnit = rows.Take(best.FirstRow).SelectMany(r => r)
            .Select(c => HeaderText.SheetUnit(HeaderText.Normalize(TextOf(c))))
            .FirstOrDefault(u => u is not null);
        var unmatched = new List<string>();
        foreach (var cell in best.Unmatched)
        {
            var norm = HeaderText.Normalize(cell.Display);
            if (HeaderText.SheetUnit(norm) is { } u)
            {
                noteUnit ??= u;
            }
            else if (norm != "序号")
            {
                unmatched.Add(cell.Display);
            }
        }

        var columns = best.Matched
            .OrderBy(m => m.Cell.Index)
            .Select(m =>
            {
                var source = m.Spec.Kind == ColumnKind.Amount ? m.Cell.Unit ?? noteUnit ?? m.Spec.Unit : (AmountUnit?)null;
                var factor = source is { } s ? AmountUnits.Factor(s, m.Spec.Unit) : 1m;
                return (m.Cell.Index, new ColumnMatch(m.Spec, ColumnLetters.FromIndex(m.Cell.Index), m.Cell.Display, source, factor));
            })
            .ToList();
        // "2023年9月重点项目投资完成情况", "1-9月": the month the sheet says it reports.
        var titleMonths = rows.Take(best.FirstRow).SelectMany(r => r).Select(c => MonthText.Find(TextOf(c))).OfType<int>().Distinct().ToList();
        return new HeaderLayout(best.FirstRow + 1, best.RowCount, columns, unmatched, noteUnit, titleMonths);
    }

    private static Candidate Evaluate(int row, int rowCount, List<HeaderCell> cells, IReadOnlyDictionary<string, ColumnSpec> lookup)
    {
        var claims = new List<(HeaderCell Cell, ColumnSpec Spec, int Priority)>();
        foreach (var cell in cells)
        {
            for (var i = 0; i < cell.Candidates.Count; i++)
            {
                if (lookup.TryGetValue(cell.Candidates[i], out var spec))
                {
                    claims.Add((cell, spec, i));
                    break;
                }
            }
        }

        // One column per spec: the most literal match wins, then the leftmost.
        var matched = claims
            .GroupBy(c => c.Spec)
            .Select(g => g.OrderBy(c => c.Priority).ThenBy(c => c.Cell.Index).First())
            .Select(c => (c.Cell, c.Spec))
            .ToList();
        var unmatched = cells.Where(c => matched.All(m => m.Cell != c)).ToList();
        return new Candidate(row, rowCount, matched, unmatched);
    }

    private static List<HeaderCell> SingleRowCells(object?[] row)
    {
        var cells = new List<HeaderCell>();
        for (var i = 0; i < row.Length; i++)
        {
            var text = TextOf(row[i]);
            if (text.Length > 0)
            {
                var stripped = HeaderText.SplitUnit(HeaderText.Normalize(text), out var unit);
                cells.Add(new HeaderCell(i, text, HeaderText.Variants(stripped).ToList(), unit));
            }
        }

        return cells;
    }

    /// <summary>
    /// Null when the pair cannot be a two-row header; true when it certainly is (a merged cell
    /// repeated into the lower row, as MiniExcel fills merges); false when it merely may be.
    /// </summary>
    private static bool? TwoRowShape(object?[] upper, object?[] lower)
    {
        bool subHeader = false, single = false, repeated = false;
        for (var i = 0; i < Math.Max(upper.Length, lower.Length); i++)
        {
            var lowerCell = i < lower.Length ? lower[i] : null;
            if (lowerCell is not (null or string))
            {
                return null; // numbers and dates are data
            }

            var u = HeaderText.Normalize(TextOf(i < upper.Length ? upper[i] : null));
            var l = HeaderText.Normalize(TextOf(lowerCell));
            subHeader |= l.Length > 0 && l != u;
            single |= u.Length > 0 && (l.Length == 0 || l == u);
            repeated |= u.Length > 0 && l == u;
        }

        return subHeader && single ? repeated : null;
    }

    private static List<HeaderCell> TwoRowCells(object?[] upper, object?[] lower, bool certain)
    {
        var cells = new List<HeaderCell>();
        var group = string.Empty;
        var previousHadSub = false;
        for (var i = 0; i < Math.Max(upper.Length, lower.Length); i++)
        {
            var ut = TextOf(i < upper.Length ? upper[i] : null);
            var lt = TextOf(i < lower.Length ? lower[i] : null);

            // An unmerged export leaves a group's continuation cells empty: carry the group right.
            if (ut.Length == 0 && lt.Length > 0 && previousHadSub)
            {
                ut = group;
            }

            group = ut;
            previousHadSub = lt.Length > 0;
            if (ut.Length == 0 && lt.Length == 0)
            {
                continue;
            }

            var up = HeaderText.SplitUnit(HeaderText.Normalize(ut), out var upperUnit);
            var low = HeaderText.SplitUnit(HeaderText.Normalize(lt), out var lowerUnit);
            if (low.Length == 0 || HeaderText.Normalize(lt) == HeaderText.Normalize(ut))
            {
                cells.Add(new HeaderCell(i, ut, HeaderText.Variants(up).ToList(), lowerUnit ?? upperUnit));
                continue;
            }

            // A month under its group ("完成投资" over "9月" / "1-9月") reads low-then-up: "9月完成投资".
            var candidates = HeaderText.Variants(up + low).Concat(HeaderText.Variants(low)).Concat(HeaderText.Variants(low + up));
            if (certain)
            {
                candidates = candidates.Concat(HeaderText.Variants(up));
            }

            var display = ut.Length == 0 ? lt : $"{ut} {lt}";
            cells.Add(new HeaderCell(i, display, candidates.ToList(), lowerUnit ?? upperUnit));
        }

        return cells;
    }

    internal static string TextOf(object? cell) => cell switch
    {
        null => string.Empty,
        string s => CellParser.CollapseWhitespace(s),
        _ => CellParser.Display(cell),
    };
}
