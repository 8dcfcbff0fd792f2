using System.Diagnostics;

namespace Ballast.Tests.Compendium.PublicPages;

/// <summary>Reads a QR code the way a phone would, with zbarimg (Debian's zbar-tools).</summary>
public static class QrDecoder
{
    public static bool Available => File.Exists("/usr/bin/zbarimg") || File.Exists("/usr/local/bin/zbarimg");

    public static async Task<string> DecodeAsync(byte[] png)
    {
        var file = Path.Combine(Path.GetTempPath(), $"ballast-qr-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(file, png);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("zbarimg", ["--raw", "-q", file])
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
            })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"zbarimg found no code (exit {process.ExitCode})");
            return text.Trim();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
