import { Readable } from 'node:stream';
import { createUtf8Transcoder, incompleteUtf8Tail } from './utf8-transcoder';

async function transcode(chunks: Buffer[]): Promise<string> {
  const out: Buffer[] = [];
  for await (const chunk of Readable.from(chunks).pipe(createUtf8Transcoder())) out.push(chunk);
  return Buffer.concat(out).toString('utf8');
}

describe('createUtf8Transcoder', () => {
  it('passes UTF-8 through, also when a character is split across chunks', async () => {
    const bytes = Buffer.from('Misérables, Les (1995)', 'utf8');
    const split = bytes.indexOf(0xc3) + 1;
    expect(await transcode([bytes.subarray(0, split), bytes.subarray(split)])).toBe(
      'Misérables, Les (1995)',
    );
  });

  it('switches to latin1 at the first byte that is not UTF-8', async () => {
    const chunks = [
      Buffer.from('1::Toy Story (1995)\n', 'latin1'),
      Buffer.from('2::Misérables, Les (1995)\n', 'latin1'),
    ];
    expect(await transcode(chunks)).toBe('1::Toy Story (1995)\n2::Misérables, Les (1995)\n');
  });

  it('reads a file that ends inside a UTF-8 sequence as latin1 there', async () => {
    expect(await transcode([Buffer.from('Café', 'latin1')])).toBe('Café');
  });
});

describe('incompleteUtf8Tail', () => {
  it.each([
    ['abc', 0],
    ['ab\xc3', 1],
    ['ab\xc3\xa9', 0],
    ['a\xe2\x80', 2],
    ['\xf0\x9f\x8e', 3],
  ])('%j holds back %i bytes', (latin1Text, tail) => {
    expect(incompleteUtf8Tail(Buffer.from(latin1Text, 'latin1'))).toBe(tail);
  });
});
