import { endianness } from 'node:os';

export type SectionType = 'f64' | 'f32' | 'i32' | 'json';

/** Where one array of the state lies in a model file's body. */
export interface Section {
  readonly name: string;
  readonly type: SectionType;
  /** Bytes from the start of the body; a multiple of 8 so typed arrays can view it in place. */
  readonly offset: number;
  /** Bytes. */
  readonly length: number;
}

export interface EncodedSections {
  readonly sections: Section[];
  /** The body: the sections' bytes in order, with zero padding between them. */
  readonly chunks: Uint8Array[];
}

/** The JSON section holding everything that is not an array, with references to the sections. */
const ROOT = 'state';
const ALIGNMENT = 8;
const ARRAYS = { f64: Float64Array, f32: Float32Array, i32: Int32Array } as const;

interface SectionReference {
  $section: string;
}

/**
 * Splits a state object into sections: each typed array its own binary section (its bytes as they
 * are, not copied), each plain array (ids, catalogue) a JSON section, and the rest (options,
 * scalars) the JSON section `state`, which refers to the others by name.
 */
export function encodeSections(state: object): EncodedSections {
  requireLittleEndian();
  const sections: Section[] = [];
  const chunks: Uint8Array[] = [];
  let offset = 0;
  const add = (name: string, type: SectionType, bytes: Uint8Array): SectionReference => {
    const padding = (ALIGNMENT - (offset % ALIGNMENT)) % ALIGNMENT;
    if (padding > 0) chunks.push(new Uint8Array(padding));
    offset += padding;
    sections.push({ name, type, offset, length: bytes.byteLength });
    chunks.push(bytes);
    offset += bytes.byteLength;
    return { $section: name };
  };
  const split = (value: unknown, path: string): unknown => {
    if (ArrayBuffer.isView(value)) {
      return add(
        path,
        arrayType(value),
        new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
      );
    }
    if (Array.isArray(value)) return add(path, 'json', Buffer.from(JSON.stringify(value)));
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, field]) => [
        key,
        split(field, path === '' ? key : `${path}.${key}`),
      ]),
    );
  };
  add(ROOT, 'json', Buffer.from(JSON.stringify(split(state, ''))));
  return { sections, chunks };
}

/**
 * Rebuilds the state from a body. Typed arrays view the body's memory where it is aligned for them
 * (no copy); a body that is not gets its arrays copied.
 */
export function decodeSections(body: Buffer, sections: readonly Section[]): unknown {
  requireLittleEndian();
  const byName = new Map(sections.map((section) => [section.name, section]));
  const read = (name: string): unknown => {
    const section = byName.get(name);
    if (section === undefined) throw new Error(`The model file has no section ${name}`);
    const { type, offset, length } = section;
    if (!(offset >= 0 && length >= 0 && offset + length <= body.byteLength)) {
      throw new Error(`Section ${name} lies outside the model file's body (truncated file?)`);
    }
    if (type === 'json') {
      const text = body.toString('utf8', offset, offset + length);
      return name === ROOT ? JSON.parse(text, resolveReferences) : JSON.parse(text);
    }
    const TypedArray = ARRAYS[type];
    if (TypedArray === undefined || length % TypedArray.BYTES_PER_ELEMENT !== 0) {
      throw new Error(`Section ${name} is not a valid ${String(type)} array`);
    }
    const buffer = body.buffer as ArrayBuffer;
    const start = body.byteOffset + offset;
    return start % TypedArray.BYTES_PER_ELEMENT === 0
      ? new TypedArray(buffer, start, length / TypedArray.BYTES_PER_ELEMENT)
      : new TypedArray(buffer.slice(start, start + length));
  };
  const resolveReferences = (_key: string, value: unknown): unknown =>
    isReference(value) ? read(value.$section) : value;
  return read(ROOT);
}

function arrayType(view: ArrayBufferView): SectionType {
  // Tag, not instanceof: arrays may come from another realm (a worker, jest's sandbox).
  const tag = Object.prototype.toString.call(view);
  if (tag === '[object Float64Array]') return 'f64';
  if (tag === '[object Float32Array]') return 'f32';
  if (tag === '[object Int32Array]') return 'i32';
  throw new TypeError(`Model files cannot store a ${tag.slice(8, -1)}`);
}

function isReference(value: unknown): value is SectionReference {
  return typeof value === 'object' && value !== null && '$section' in value;
}

function requireLittleEndian(): void {
  if (endianness() !== 'LE') throw new Error('Model files are little-endian; this machine is not');
}
