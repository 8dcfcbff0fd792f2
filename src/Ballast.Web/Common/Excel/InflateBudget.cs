namespace Ballast.Web.Common.Excel;

/// <summary>Counts every byte inflated from one archive, across all its parts.</summary>
internal sealed class InflateBudget(long max)
{
    private long used;

    public Stream Wrap(Stream inner) => new Counted(inner, this);

    private void Take(int bytes)
    {
        used += bytes;
        if (used > max)
        {
            throw new WorkbookTooLargeException();
        }
    }

    private sealed class Counted(Stream inner, InflateBudget budget) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            budget.Take(n);
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
