using System.Text.Json.Nodes;
using Ballast.Web.Features.Auditing;
using static Ballast.Tests.Auditing.AuditArchiveWorld;

namespace Ballast.Tests.Auditing;

/// <summary>An archive file changed in any way after it was written fails <c>audit verify --file</c>,
/// which names the first line that is wrong: every field of an entry, a line removed, two lines
/// swapped, a line cut short, the tail cut off, the header's link to the entry before.</summary>
public sealed class AuditArchiveTamperTests(AuditArchiveTamperTests.Archive archive) : IClassFixture<AuditArchiveTamperTests.Archive>
{
    /// <summary>One archive, written once for the class: every line of the trail, nothing pruned.</summary>
    public sealed class Archive : IAsyncLifetime
    {
        public string Folder { get; } = Directory.CreateTempSubdirectory("ballast-tamper-").FullName;
        public string[] Lines { get; private set; } = [];

        public async Task InitializeAsync()
        {
            await using var app = await CreateAsync();
            var file = Path.Combine(Folder, "archive.jsonl");
            Assert.Equal(0, (await ArchiveAsync(app, "--before", "2023-07-11", "--out", file, "--no-prune")).Code);
            Lines = await File.ReadAllLinesAsync(file);
            Assert.True(Lines.Length > 20);
        }

        public Task DisposeAsync()
        {
            Directory.Delete(Folder, recursive: true);
            return Task.CompletedTask;
        }
    }

    private string[] Lines => archive.Lines;

    public static TheoryData<string> Fields =>
        ["id", "at", "userId", "userName", "channel", "action", "entityType", "entityKey", "before", "after", "prevHash", "hash"];

    private async Task<AuditArchiveCheck> CheckAsync(IEnumerable<string> lines)
    {
        var path = Path.Combine(archive.Folder, $"{Guid.NewGuid():N}.jsonl");
        await File.WriteAllLinesAsync(path, lines);
        return await AuditArchiveFile.VerifyAsync(path);
    }

    private static string Alter(string line, string field)
    {
        var entry = JsonNode.Parse(line)!.AsObject();
        entry[field] = field switch
        {
            "id" => entry[field]!.GetValue<long>() + 1,
            "userId" => 4242,
            "at" => entry[field]!.GetValue<DateTimeOffset>().AddSeconds(1),
            "prevHash" or "hash" => new string('a', 64),
            _ => (entry[field]?.GetValue<string>() ?? "") + "改",
        };
        return entry.ToJsonString(AuditArchiveFile.Json);
    }

    [Fact]
    public async Task The_untouched_file_verifies()
    {
        var check = await CheckAsync(Lines);
        Assert.True(check.Intact, check.Describe());
        Assert.Equal(Lines.Length - 1, check.Checked);
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task Changing_any_field_of_one_line_fails_at_that_line(string field)
    {
        foreach (var index in new[] { 1, Lines.Length / 2, Lines.Length - 1 })
        {
            var lines = (string[])Lines.Clone();
            lines[index] = Alter(lines[index], field);
            var check = await CheckAsync(lines);
            Assert.False(check.Intact, $"{field} on line {index + 1}");
            Assert.Equal(index + 1, check.Line);
            Assert.Contains($"line {index + 1}", check.Describe(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Removing_swapping_cutting_or_relinkingLines_fails_at_the_first_wrong_line()
    {
        var middle = Lines.Length / 2;
        Assert.Equal(middle + 1, (await CheckAsync(Lines.Where((_, i) => i != middle))).Line);
        var swapped = (string[])Lines.Clone();
        (swapped[middle], swapped[middle + 1]) = (swapped[middle + 1], swapped[middle]);
        Assert.Equal(middle + 1, (await CheckAsync(swapped)).Line);
        var cut = (string[])Lines.Clone();
        cut[middle] = cut[middle][..(cut[middle].Length / 2)];
        var check = await CheckAsync(cut);
        Assert.Equal(middle + 1, check.Line);
        Assert.Contains("not an audit entry", check.Problem, StringComparison.Ordinal);
        Assert.Equal(Lines.Length, (await CheckAsync(Lines[..^1])).Line);
        var header = JsonNode.Parse(Lines[0])!.AsObject();
        header["prevHash"] = new string('b', 64);
        Assert.Equal(2, (await CheckAsync(Lines.Skip(1).Prepend(header.ToJsonString(AuditArchiveFile.Json)))).Line);
        Assert.Equal(1, (await CheckAsync(Lines.Skip(1))).Line);
    }
}
