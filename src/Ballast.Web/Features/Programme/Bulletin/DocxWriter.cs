using System.Globalization;
using Ballast.Web.Common.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ballast.Web.Features.Programme;

/// <summary>The few Word building blocks a printed government document needs: A4 with margins,
/// 宋体 body and 黑体 headings (Latin text in Times New Roman), numbered pages, tables whose
/// header row repeats on every page and whose rows never split across pages.</summary>
public sealed class DocxWriter
{
    private const string Latin = "Times New Roman";
    private const string Song = "SimSun";
    private const string Hei = "SimHei";
    // A4 in twentieths of a point, with 2.2 cm side margins.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int SideMargin = 1247;
    private const int ContentWidth = PageWidth - 2 * SideMargin;

    private readonly Body _body = new();

    private DocxWriter()
    {
    }

    /// <summary>Writes a document: <paramref name="content"/> adds its paragraphs and tables.</summary>
    public static byte[] Write(string title, string author, Action<DocxWriter> content)
    {
        var writer = new DocxWriter();
        content(writer);
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = PageNumberFooter();
            writer._body.Append(Section(main.GetIdOfPart(footer)));
            main.Document = new Document(writer._body);
            doc.PackageProperties.Title = title;
            doc.PackageProperties.Creator = author;
        }
        return stream.ToArray();
    }

    public void Title(string text) => _body.Append(Para(text, "Title", null));

    public void Heading(string text, int level) => _body.Append(Para(text, level == 1 ? "Heading1" : "Heading2", null));

    public void Line(string text, bool centered = false) =>
        _body.Append(Para(text, null, centered ? JustificationValues.Center : null));

    /// <summary>A table; a row of one cell is written across the whole width (a group heading).</summary>
    public void Table(IReadOnlyList<DocxColumn> columns, IEnumerable<IReadOnlyList<DocxCell>> rows)
    {
        var total = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => ContentWidth * c.Weight / total).ToArray();
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = ContentWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(Border<TopBorder>(), Border<LeftBorder>(), Border<BottomBorder>(), Border<RightBorder>(),
                    Border<InsideHorizontalBorder>(), Border<InsideVerticalBorder>()),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = 60, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = 60, Type = TableWidthValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        var header = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        for (var i = 0; i < columns.Count; i++)
        {
            header.Append(Cell(new DocxCell(columns[i].Header, Bold: true), widths[i], 1, JustificationValues.Center, "E7ECF5"));
        }
        table.Append(header);
        foreach (var row in rows)
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            if (row.Count == 1 && columns.Count > 1)
            {
                tr.Append(Cell(row[0] with { Bold = true }, ContentWidth, columns.Count, JustificationValues.Left, "F5F5F5"));
            }
            else
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    tr.Append(Cell(i < row.Count ? row[i] : "", widths[i], 1, columns[i].Right ? JustificationValues.Right : JustificationValues.Left, null));
                }
            }
            table.Append(tr);
        }
        _body.Append(table);
        // Word joins two tables that touch; a paragraph keeps them apart.
        _body.Append(Para("", null, null));
    }

    private static TableCell Cell(DocxCell cell, int width, int span, JustificationValues align, string? fill)
    {
        var props = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            props.Append(new GridSpan { Val = span });
        }
        if (fill is not null)
        {
            props.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        }
        props.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var run = new RunProperties();
        if (cell.Bold)
        {
            run.Append(new Bold());
        }
        if (cell.Color is { } color)
        {
            run.Append(new Color { Val = color });
        }
        run.Append(new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" });
        return new TableCell(props, new Paragraph(
            new ParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "260", LineRule = LineSpacingRuleValues.Auto },
                new Justification { Val = align }),
            // Neutralised: a table pasted from Word into a spreadsheet must not turn a cell into a formula.
            new Run(run, new Text(FormulaText.Neutralise(cell.Text)) { Space = SpaceProcessingModeValues.Preserve })));
    }

    private static T Border<T>() where T : BorderType, new() =>
        new() { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" };

    private static Paragraph Para(string text, string? style, JustificationValues? align)
    {
        var props = new ParagraphProperties();
        if (style is not null)
        {
            props.Append(new ParagraphStyleId { Val = style });
        }
        if (align is { } a)
        {
            props.Append(new Justification { Val = a });
        }
        return new Paragraph(props, new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Latin, HighAnsi = Latin, EastAsia = Song, ComplexScript = Latin },
                new FontSize { Val = "21" }, new FontSizeComplexScript { Val = "21" },
                new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "80", Line = "320", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        Heading("Title", "Title", "36", JustificationValues.Center, null),
        Heading("Heading1", "heading 1", "30", null, 0),
        Heading("Heading2", "heading 2", "24", null, 1));

    private static Style Heading(string id, string name, string size, JustificationValues? align, int? outline)
    {
        var para = new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" });
        if (align is { } a)
        {
            para.Append(new Justification { Val = a });
        }
        if (outline is { } level)
        {
            para.Append(new OutlineLevel { Val = level });
        }
        return new Style(
            new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(), para,
            new StyleRunProperties(
                new RunFonts { Ascii = Latin, HighAnsi = Latin, EastAsia = Hei },
                new Bold(),
                new FontSize { Val = size },
                new FontSizeComplexScript { Val = size }))
        { Type = StyleValues.Paragraph, StyleId = id };
    }

    /// <summary>"— 1 —" centred at the foot of each page, as printed documents number them.</summary>
    private static Footer PageNumberFooter() => new(new Paragraph(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        new Run(new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
        new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
        new Run(new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));

    private static SectionProperties Section(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = PageWidth, Height = PageHeight },
        new PageMargin { Top = 1440, Right = SideMargin, Bottom = 1440, Left = SideMargin, Header = 851, Footer = 851, Gutter = 0 });
}
