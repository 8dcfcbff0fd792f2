using DocumentFormat.OpenXml.Packaging;
using Ballast.Web.Features.Organisation;
using Microsoft.Playwright;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Ballast.BrowserTests;

/// <summary>The compendium: a two-character word finds the demo's talent policies with the word marked; the office adds a
/// policy, edits it with its full text read from a Word file, and finds it by words that are only in that text.</summary>
[Collection(PromotionBrowserGroup.Name)]
public sealed class PolicyJourneyTests(PromotionBrowserFixture fx)
{
    private const string Title = "（旅程）青岛市海洋装备首台套保险补偿办法";
    private const string Phrase = "深远海养殖工船";

    [Fact]
    public async Task Search_marks_a_two_character_word_and_finds_a_full_text_read_from_a_docx()
    {
        var page = await fx.SignedInAsync("policy-office", await fx.App.CreateUserAsync("policy-office", "dept-drc", Roles.ProgrammeOffice));
        await SearchAsync(page, "人才");
        var marks = page.GetByTestId("policies-table").Locator("mark");
        Assert.True(await marks.CountAsync() >= 3, "the demo's talent policies are marked");
        Assert.All(await marks.AllInnerTextsAsync(), m => Assert.Equal("人才", m));
        await BrowserFixture.ShotAsync(page, "policies-01-two-character-search");

        await page.GotoAsync("/Policies/Edit");
        var form = page.GetByTestId("policy-form");
        await form.GetByLabel("政策名称").FillAsync(Title);
        await form.GetByLabel("发布单位").FillAsync("青岛市工业和信息化局");
        await form.GetByLabel("摘要").FillAsync("对购买首台套海洋装备保险的企业给予保费补偿。");
        await form.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("policy-title")).ToHaveTextAsync(Title);
        await Assertions.Expect(page.GetByTestId("full-text")).ToHaveTextAsync("未录入全文");

        await page.GetByTestId("edit").ClickAsync();
        await page.GetByLabel("上传 Word 文档（.docx）").SetInputFilesAsync(new FilePayload
        {
            Name = "首台套保险补偿办法.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer = Docx(),
        });
        await BrowserFixture.ShotAsync(page, "policies-02-edit-with-docx");
        await page.GetByTestId("save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("full-text")).ToContainTextAsync($"第一条 对{Phrase}等首台套海洋装备");
        await Assertions.Expect(page.GetByTestId("full-text")).ToContainTextAsync("补偿比例\t保费的80%");
        await BrowserFixture.ShotAsync(page, "policies-03-full-text");

        await SearchAsync(page, Phrase);
        await Assertions.Expect(page.GetByTestId("policy-link")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("policy-link")).ToHaveTextAsync(Title);
        await Assertions.Expect(page.GetByTestId("snippet").Locator("mark")).ToHaveTextAsync(Phrase);
        await BrowserFixture.ShotAsync(page, "policies-04-found-by-full-text");
    }

    private static async Task SearchAsync(IPage page, string words)
    {
        await page.GotoAsync("/Policies");
        await page.GetByLabel("搜索名称、文号、摘要或全文").FillAsync(words);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("[?&]Q="));
    }

    /// <summary>A policy as a Word file: a heading, an article and a table.</summary>
    private static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            static W.Paragraph Line(string text) => new(new W.Run(new W.Text(text)));
            static W.TableCell Cell(string text) => new(Line(text));
            doc.AddMainDocumentPart().Document = new W.Document(new W.Body(
                Line(Title),
                Line($"第一条 对{Phrase}等首台套海洋装备，投保首台套保险的企业给予保费补偿。"),
                new W.Table(new W.TableRow(Cell("补偿比例"), Cell("保费的80%")), new W.TableRow(Cell("补偿上限"), Cell("500万元")))));
        }
        return stream.ToArray();
    }
}
