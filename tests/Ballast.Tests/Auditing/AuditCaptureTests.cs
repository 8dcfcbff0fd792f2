using Ballast.Web.Features.Auditing;

namespace Ballast.Tests.Auditing;

public sealed class AuditCaptureTests
{
    [Fact]
    public void File_contents_are_summarised_not_copied_and_secrets_are_masked()
    {
        var bytes = new byte[1_000_000];
        var json = AuditCapture.Serialize([("Content", bytes), ("PasswordHash", "AQAAAAE"), ("Name", "证据.pdf")]);
        Assert.True(json.Length < 200, $"the entry is {json.Length} characters long");
        Assert.Contains("1000000 bytes, sha256 ", json, StringComparison.Ordinal);
        Assert.Contains("\"PasswordHash\":\"***\"", json, StringComparison.Ordinal);
        Assert.Contains("证据.pdf", json, StringComparison.Ordinal);
    }
}
