using System.Globalization;
using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Common.Text;
using Ballast.Web.Features.Organisation;

namespace Ballast.Tests.Security.Exports;

/// <summary>Every exporter, given records whose text starts with a formula trigger, writes that text
/// neutralised — and no text cell anywhere in the file that a spreadsheet would take for a formula —
/// while numbers, negative ones included, stay numbers.</summary>
public sealed class ExportNeutralisationTests(ExportFactory factory) : IClassFixture<ExportFactory>
{
    public static TheoryData<string, string> Exports => new()
    {
        { "/Projects?handler=Export&Year=2023", ExportFactory.Projects[0] },
        { "/Projects/Problems?handler=Export", ExportFactory.Problem },
        { "/Lists/Carriers?handler=Export", ExportFactory.Carrier },
        { "/Lists/Targets?handler=Export&Year=2023", ExportFactory.Target },
        { "/Lists/Landing?handler=Export&Year=2023", ExportFactory.Landing },
        { "/Programme/Supervision?handler=Export&Year=2023", ExportFactory.Supervision },
        { "/Programme/Assessment?handler=Export&Year=2023&Kind=District&Month=9", ExportFactory.District },
        { "/Programme/Bulletin?handler=Xlsx&Year=2023&Month=9", ExportFactory.Indicator },
    };

    private async Task<HttpClient> OfficeAsync(string name) =>
        await Browser.SignedInAsync(factory, name, await factory.CreateUserAsync(name, "dept-drc", Roles.ProgrammeOffice));

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task A_workbook_export_writes_formula_leading_text_neutralised(string url, string seeded)
    {
        var client = await OfficeAsync("export-" + Math.Abs(url.GetHashCode(StringComparison.Ordinal)).ToString(CultureInfo.InvariantCulture));

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cells = SheetCells.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(cells, c => c.IsText && c.Value == "'" + seeded);
        Assert.DoesNotContain(cells, c => c.IsText && FormulaText.IsFormulaLike(c.Value));
    }

    [Fact]
    public async Task Every_trigger_in_the_project_list_is_neutralised_and_a_negative_amount_stays_a_number()
    {
        var client = await OfficeAsync("export-projects-all");
        var cells = SheetCells.Read(await client.GetByteArrayAsync("/Projects?handler=Export&Year=2023"));

        foreach (var name in ExportFactory.Projects)
        {
            // XML reads a stored CR as LF: the cell still starts with the apostrophe.
            Assert.Contains(cells, c => c.IsText && c.Value == "'" + name.Replace('\r', '\n'));
        }
        var row = cells.Single(c => c.Value == "'" + ExportFactory.NegativeProject).Ref.TrimStart('A');
        var amount = cells.Single(c => c.Ref == "E" + row);
        Assert.False(amount.IsText);
        Assert.Equal(-0.5m, decimal.Parse(amount.Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_bulletin_in_Excel_and_in_Word_neutralises_names_and_keeps_negative_gaps_numeric()
    {
        var client = await OfficeAsync("export-bulletin");
        var cells = SheetCells.Read(await client.GetByteArrayAsync("/Programme/Bulletin?handler=Xlsx&Year=2023&Month=9"));
        var docx = SheetCells.DocxTableTexts(await client.GetByteArrayAsync("/Programme/Bulletin?handler=Docx&Year=2023&Month=9"));

        foreach (var seeded in new[] { ExportFactory.Indicator, ExportFactory.District, ExportFactory.Supervision })
        {
            Assert.Contains(cells, c => c.IsText && c.Value == "'" + seeded);
            Assert.Contains("'" + seeded, docx);
        }
        Assert.DoesNotContain(cells, c => c.IsText && FormulaText.IsFormulaLike(c.Value));
        Assert.DoesNotContain(docx, FormulaText.IsFormulaLike);
        Assert.Contains(cells, c => !c.IsText && decimal.Parse(c.Value, CultureInfo.InvariantCulture) < 0);
        // Word has no numbers: a signed gap is written as it reads, since it cannot be a formula.
        Assert.Contains(docx, t => t.StartsWith('-') && decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out _));
    }
}
