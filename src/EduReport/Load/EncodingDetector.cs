using System.Text;
using System.Text.Unicode;

namespace EduReport.Load;

/// <summary>
/// Chooses the encoding of an input file: the encoding of its byte-order mark (UTF-8, UTF-16 or
/// UTF-32) when it has one; else UTF-8 when every byte sequence is valid UTF-8, and Windows-1251 (the
/// encoding of a Russian Excel export) when the file has non-ASCII bytes and no valid multi-byte UTF-8
/// sequence. Bytes that decode in neither are an error naming the line and the byte, so that nothing
/// is silently replaced.
/// </summary>
internal static class EncodingDetector
{
    private const int BufferSize = 1 << 20;

    static EncodingDetector()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static Encoding Windows1251 => Encoding.GetEncoding(1251);

    /// <summary>Returns the encoding to read <paramref name="path"/> with, checking the file against <paramref name="requested"/> when one is given.</summary>
    public static Encoding Detect(string path, Encoding? requested)
    {
        // A UTF-16 or UTF-32 byte-order mark decides, since such a file cannot be read as anything else.
        if (ReadUnicodeBom(path) is { } unicode)
        {
            var invalidUnicode = FirstInvalid(path, unicode);
            return invalidUnicode is { } bad ? throw Undecodable(path, bad, unicode.WebName) : unicode;
        }

        var scan = Scan(path);
        if (requested is null)
        {
            return scan switch
            {
                { FirstInvalidUtf8: null } => Encoding.UTF8,
                { HasMultiByteUtf8: false } when scan.FirstUndefined1251 is null => Windows1251,
                _ => throw Undecodable(path, scan.FirstInvalidUtf8!.Value, "UTF-8"),
            };
        }

        if (requested.CodePage == Encoding.UTF8.CodePage && scan.FirstInvalidUtf8 is { } invalid)
        {
            throw Undecodable(path, invalid, requested.WebName);
        }

        if (requested.CodePage == 1251 && scan.FirstUndefined1251 is { } undefined)
        {
            throw Undecodable(path, undefined, requested.WebName);
        }

        return requested;
    }

    /// <summary>Returns the UTF-16 or UTF-32 encoding that the file's byte-order mark names, or null.</summary>
    private static Encoding? ReadUnicodeBom(string path)
    {
        Span<byte> start = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        var length = stream.ReadAtLeast(start, 4, throwOnEndOfStream: false);
        var bom = start[..length];
        return bom switch
        {
            [0xFF, 0xFE, 0x00, 0x00] => new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true),
            [0x00, 0x00, 0xFE, 0xFF] => new UTF32Encoding(bigEndian: true, byteOrderMark: true, throwOnInvalidCharacters: true),
            [0xFF, 0xFE, ..] => new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true),
            [0xFE, 0xFF, ..] => new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true),
            _ => null,
        };
    }

    /// <summary>Decodes the whole file with <paramref name="strict"/> and returns where the first invalid sequence is, or null.</summary>
    private static BytePosition? FirstInvalid(string path, Encoding strict)
    {
        var decoder = strict.GetDecoder();
        var bytes = new byte[1 << 16];
        var chars = new char[strict.GetMaxCharCount(bytes.Length)];
        using var stream = File.OpenRead(path);
        var offset = (long)strict.Preamble.Length;
        stream.Position = offset;
        long line = 1;
        int read;
        do
        {
            read = stream.Read(bytes);
            try
            {
                var count = decoder.GetChars(bytes, 0, read, chars, 0, flush: read == 0);
                line += chars.AsSpan(0, count).Count('\n');
            }
            catch (DecoderFallbackException e)
            {
                // The index is relative to this read; bytes held over from the last one make it negative.
                var index = Math.Clamp(e.Index, 0, Math.Max(read - 1, 0));
                var before = Encoding.GetEncoding(strict.CodePage).GetString(bytes, 0, index);
                var value = e.BytesUnknown is { Length: > 0 } unknown ? unknown[0] : bytes[index];
                return new BytePosition(offset + index, line + before.AsSpan().Count('\n'), value);
            }

            offset += read;
        }
        while (read > 0);

        return null;
    }

    private static DataException Undecodable(string path, BytePosition position, string encoding) =>
        new(Localization.Text.Message(
            "Load_Undecodable",
            Path.GetFileName(path),
            position.Line,
            $"0x{position.Value:X2}",
            position.Offset,
            encoding));

    private static ScanResult Scan(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[BufferSize + 4];
        var carried = 0;
        long offset = 0;
        long line = 1;
        BytePosition? invalidUtf8 = null;
        BytePosition? undefined1251 = null;
        var multiByte = false;
        int read;
        while ((read = stream.Read(buffer, carried, BufferSize)) > 0 || carried > 0)
        {
            var length = carried + read;
            var final = read == 0;
            var chunk = buffer.AsSpan(0, length);

            // Keep an incomplete UTF-8 sequence at the end for the next chunk.
            var complete = final ? length : CompleteLength(chunk);
            var span = chunk[..complete];

            if (invalidUtf8 is null)
            {
                if (Utf8.IsValid(span))
                {
                    multiByte |= span.ContainsAnyExceptInRange((byte)0, (byte)0x7F);
                }
                else
                {
                    var bad = FirstInvalidUtf8(span, ref multiByte);
                    invalidUtf8 = new BytePosition(offset + bad, line + span[..bad].Count((byte)'\n'), span[bad]);
                }
            }

            if (undefined1251 is null)
            {
                // 0x98 is the one byte that Windows-1251 leaves undefined.
                var at = span.IndexOf((byte)0x98);
                if (at >= 0)
                {
                    undefined1251 = new BytePosition(offset + at, line + span[..at].Count((byte)'\n'), 0x98);
                }
            }

            line += span.Count((byte)'\n');
            offset += complete;
            carried = length - complete;
            chunk[complete..].CopyTo(buffer);
            if (final || (invalidUtf8 is not null && undefined1251 is not null))
            {
                break;
            }
        }

        return new ScanResult(invalidUtf8, undefined1251, multiByte);
    }

    /// <summary>Returns the length of <paramref name="chunk"/> without a UTF-8 sequence that its end cuts short.</summary>
    private static int CompleteLength(ReadOnlySpan<byte> chunk)
    {
        var start = chunk.Length;
        for (var back = 1; back <= 3 && back <= chunk.Length; back++)
        {
            var b = chunk[^back];
            if ((b & 0xC0) != 0x80)
            {
                var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                start = needed > back ? chunk.Length - back : chunk.Length;
                break;
            }
        }

        return start;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> span, ref bool multiByte)
    {
        var position = 0;
        while (position < span.Length)
        {
            var status = Rune.DecodeFromUtf8(span[position..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return position;
            }

            multiByte |= consumed > 1;
            position += consumed;
        }

        return span.Length;
    }

    private readonly record struct BytePosition(long Offset, long Line, byte Value);

    private sealed record ScanResult(BytePosition? FirstInvalidUtf8, BytePosition? FirstUndefined1251, bool HasMultiByteUtf8);
}
