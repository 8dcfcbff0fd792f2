using System.IO.Compression;

namespace Ballast.Web.Common.Uploads;

/// <summary>
/// One entry's content, inflated from its own bytes and measured as it comes: past its declared size, past
/// the compression ratio or past the upload's inflate budget it stops at once, whatever the headers said;
/// at its end the size and CRC must be the declared ones. Nothing inflated is kept.
/// </summary>
internal sealed class EntryStream : Stream
{
    private readonly Stream _source;
    private readonly ZipRecord _record;
    private readonly InflateCounter _counter;
    private readonly UploadLimits _limits;
    private Crc32 _crc = Crc32.Start();
    private long _read;
    private bool _done;

    public EntryStream(byte[] zip, ZipRecord record, InflateCounter counter, UploadLimits limits)
    {
        var raw = new MemoryStream(zip, (int)record.DataOffset, (int)record.CompressedSize, writable: false);
        _source = record.Method == 0 ? raw : new DeflateStream(raw, CompressionMode.Decompress);
        (_record, _counter, _limits) = (record, counter, limits);
    }

    public override int Read(Span<byte> buffer)
    {
        if (_done || buffer.Length == 0)
        {
            return 0;
        }
        int n;
        try
        {
            n = _source.Read(buffer);
        }
        catch (InvalidDataException)
        {
            throw UploadRefusedException.Entry(_record.Name, UploadReasons.BadStructure);
        }
        if (n == 0)
        {
            Finish();
            return 0;
        }
        _read += n;
        _crc.Add(buffer[..n]);
        _counter.Take(n);
        if (_read > _record.Size)
        {
            throw UploadRefusedException.Entry(_record.Name, UploadReasons.SizeLies);
        }
        if (_read > _limits.RatioFloorBytes && _read > Math.Max(1, _record.CompressedSize) * _limits.MaxCompressionRatio)
        {
            throw UploadRefusedException.Entry(_record.Name, UploadReasons.HighRatio);
        }
        return n;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <summary>Reads what is left, so that the size and checksum are checked.</summary>
    public void Drain()
    {
        var buffer = new byte[64 * 1024];
        while (Read(buffer) > 0)
        {
        }
    }

    private void Finish()
    {
        _done = true;
        if (_read != _record.Size)
        {
            throw UploadRefusedException.Entry(_record.Name, UploadReasons.SizeLies);
        }
        if (_crc.Value != _record.Crc)
        {
            throw UploadRefusedException.Entry(_record.Name, UploadReasons.BadChecksum);
        }
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _source.Dispose();
        }
        base.Dispose(disposing);
    }
}
