import { isUtf8 } from 'node:buffer';
import { Transform } from 'node:stream';

/**
 * How many bytes at the end of `chunk` start a UTF-8 sequence that the next chunk completes.
 * Reads never split a file on character boundaries, so those bytes are held back until then.
 */
export function incompleteUtf8Tail(chunk: Buffer): number {
  for (let back = 1; back <= Math.min(3, chunk.length); back++) {
    const byte = chunk[chunk.length - back];
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    if ((byte & 0xc0) !== 0xc0) return 0; // ASCII: nothing pending
    const sequenceLength = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return sequenceLength > back ? back : 0;
  }
  return 0;
}

/**
 * Passes UTF-8 through and converts latin1 (ISO-8859-1) to UTF-8, deciding on the fly: bytes are
 * taken as UTF-8 until the first sequence that is not valid UTF-8, and as latin1 from that chunk
 * on. MovieLens 1M and 100K are latin1 while the newer sets are UTF-8, and no file says which.
 * Whatever passed before the switch was valid UTF-8, which for a latin1 file means plain ASCII
 * (accented latin1 bytes practically never form valid UTF-8), so it reads the same either way.
 */
export function createUtf8Transcoder(): Transform {
  let latin1 = false;
  let pending = Buffer.alloc(0);
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const bytes = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
      if (latin1) return done(null, Buffer.from(bytes.toString('latin1'), 'utf8'));
      const complete = bytes.subarray(0, bytes.length - incompleteUtf8Tail(bytes));
      if (isUtf8(complete)) {
        pending = Buffer.from(bytes.subarray(complete.length));
        return done(null, complete);
      }
      latin1 = true;
      pending = Buffer.alloc(0);
      done(null, Buffer.from(bytes.toString('latin1'), 'utf8'));
    },
    flush(done) {
      // A file that ends inside a UTF-8 sequence was not UTF-8 there.
      done(null, pending.length > 0 ? Buffer.from(pending.toString('latin1'), 'utf8') : undefined);
    },
  });
}
