// A part of the Web platform prelude: the body of the function core.js opens
// (prelude.go joins the parts in order; they share each other's local names).
  // ---- Blob, File, FormData ------------------------------------------
  class Blob {
    constructor(parts, opts) {
      if (opts !== undefined && opts !== null && typeof opts !== 'object' && typeof opts !== 'function') throw new TypeError("Failed to construct 'Blob': The provided value is not of type 'BlobPropertyBag'.");
      if (parts !== undefined && (parts === null || typeof parts !== 'object' || typeof parts[Symbol.iterator] !== 'function')) throw new TypeError("Failed to construct 'Blob': The provided value cannot be converted to a sequence.");
      const chunks = [];
      for (const p of parts || []) {
        if (p instanceof Blob) chunks.push(p._bytes);
        else {
          const u8 = toU8(p);
          chunks.push(u8 ? new Uint8Array(u8) : utf8(String(p)));
        }
      }
      this._bytes = concatU8(chunks);
      const type = opts && opts.type !== undefined ? String(opts.type) : '';
      this.type = /[^\x20-\x7e]/.test(type) ? '' : type.toLowerCase(); // File API: only printable ASCII
    }
    get size() { return this._bytes.byteLength; }
    async text() { return decodeUTF8(this._bytes); }
    async arrayBuffer() { return this._bytes.slice().buffer; }
    async bytes() { return this._bytes.slice(); }
    slice(start, end, type) { const b = new Blob([], { type }); b._bytes = this._bytes.slice(start, end); return b; }
    stream() { return streamOf(this._bytes); }
    get [Symbol.toStringTag]() { return 'Blob'; }
  }
  class File extends Blob {
    constructor(parts, name, opts) {
      if (arguments.length < 2) throw new TypeError("Failed to construct 'File': 2 arguments required, but only " + arguments.length + ' present.');
      super(parts, opts);
      this.name = String(name);
      this.lastModified = opts && opts.lastModified !== undefined ? Number(opts.lastModified) : Date.now();
    }
    get [Symbol.toStringTag]() { return 'File'; }
  }
  Object.defineProperty(Blob, 'length', { value: 0 }); // WebIDL: the required arguments
  Object.defineProperty(File, 'length', { value: 2 });
  function formValue(v, filename) {
    if (v instanceof Blob) {
      if (v instanceof File && filename === undefined) return v;
      const f = new File([], filename !== undefined ? filename : (v instanceof File ? v.name : 'blob'), { type: v.type });
      f._bytes = v._bytes;
      return f;
    }
    return String(v);
  }
  class FormData {
    constructor() { this._list = []; }
    append(k, v, filename) { this._list.push([String(k), formValue(v, filename)]); }
    set(k, v, filename) {
      k = String(k);
      const i = this._list.findIndex((x) => x[0] === k);
      const val = formValue(v, filename);
      if (i < 0) this._list.push([k, val]);
      else { this._list[i][1] = val; this._list = this._list.filter((x, j) => j <= i || x[0] !== k); }
    }
    get(k) { const p = this._list.find((x) => x[0] === String(k)); return p ? p[1] : null; }
    getAll(k) { return this._list.filter((x) => x[0] === String(k)).map((x) => x[1]); }
    has(k) { return this._list.some((x) => x[0] === String(k)); }
    delete(k) { this._list = this._list.filter((x) => x[0] !== String(k)); }
    forEach(fn, thisArg) { for (const [k, v] of this._list) fn.call(thisArg, v, k, this); }
    *entries() { for (const p of this._list) yield [p[0], p[1]]; }
    *keys() { for (const p of this._list) yield p[0]; }
    *values() { for (const p of this._list) yield p[1]; }
    [Symbol.iterator]() { return this.entries(); }
    get [Symbol.toStringTag]() { return 'FormData'; }
  }
  function encodeMultipart(fd) {
    const boundary = '----CometFormBoundary' + native.randomHex(8);
    const chunks = [];
    const esc = (s) => s.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    for (const [k, v] of fd._list) {
      let head = '--' + boundary + '\r\nContent-Disposition: form-data; name="' + esc(k) + '"';
      if (v instanceof File) {
        head += '; filename="' + esc(v.name) + '"\r\nContent-Type: ' + (v.type || 'application/octet-stream') + '\r\n\r\n';
        chunks.push(utf8(head), v._bytes, utf8('\r\n'));
      } else {
        chunks.push(utf8(head + '\r\n\r\n' + v + '\r\n'));
      }
    }
    chunks.push(utf8('--' + boundary + '--\r\n'));
    return { bytes: concatU8(chunks), type: 'multipart/form-data; boundary=' + boundary };
  }

