import { open, stat } from 'node:fs/promises';
import { DatasetError } from './dataset-error';

function isMissingFile(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

export async function fileExists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch (error) {
    if (isMissingFile(error)) return false;
    throw error;
  }
}

export async function fileSize(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch (error) {
    if (isMissingFile(error)) throw new DatasetError(`${file} does not exist`);
    throw error;
  }
}

/** The first line of a text file, without a byte-order mark or line terminator. */
export async function readFirstLine(file: string, maxBytes = 64 * 1024): Promise<string> {
  await fileSize(file);
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(maxBytes), 0, maxBytes, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8');
    return text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  } finally {
    await handle.close();
  }
}
