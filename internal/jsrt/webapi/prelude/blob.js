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
  // FormData keeps its entries flat, [name, value, name, value, …]: an
  // array per entry cost some 500 bytes of heap, seven times the body of a
  // big form (forms.go parses a body straight into this list). Iteration
  // is live, as WebIDL's pair iterators are.
  class FormData {
    constructor() { this._list = []; }
    append(k, v, filename) { this._list.push(String(k), formValue(v, filename)); }
    set(k, v, filename) {
      k = String(k);
      const val = formValue(v, filename);
      const l = this._list;
      let i = 0;
      while (i < l.length && l[i] !== k) i += 2;
      if (i === l.length) l.push(k, val);
      else { l[i + 1] = val; formDataRemove(l, k, i + 2); }
    }
    get(k) { k = String(k); const l = this._list; for (let i = 0; i < l.length; i += 2) if (l[i] === k) return l[i + 1]; return null; }
    getAll(k) { k = String(k); const l = this._list, out = []; for (let i = 0; i < l.length; i += 2) if (l[i] === k) out.push(l[i + 1]); return out; }
    has(k) { return this.get(k) !== null; }
    delete(k) { formDataRemove(this._list, String(k), 0); }
    forEach(fn, thisArg) { const l = this._list; for (let i = 0; i < l.length; i += 2) fn.call(thisArg, l[i + 1], l[i], this); }
    entries() { return formDataIterator(this, 2); }
    keys() { return formDataIterator(this, 0); }
    values() { return formDataIterator(this, 1); }
    [Symbol.iterator]() { return this.entries(); }
    get [Symbol.toStringTag]() { return 'FormData'; }
  }
  // formDataRemove drops the entries named k from the flat list l, from
  // index from on, in place.
  function formDataRemove(l, k, from) {
    let w = from;
    for (let r = from; r < l.length; r += 2) if (l[r] !== k) { l[w++] = l[r]; l[w++] = l[r + 1]; }
    l.length = w;
  }
  const FormDataIteratorProto = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
    next: { writable: true, enumerable: true, configurable: true, value: function next() {
      const st = this._st;
      if (!st) throw new TypeError('next method called on an incompatible receiver');
      const l = st.fd._list, i = st.i;
      if (i >= l.length) return { value: undefined, done: true };
      st.i = i + 2;
      return { value: st.kind === 2 ? [l[i], l[i + 1]] : l[i + st.kind], done: false };
    } },
    [Symbol.toStringTag]: { value: 'FormData Iterator', configurable: true },
  });
  function formDataIterator(fd, kind) {
    if (!(fd instanceof FormData)) throw new TypeError('Illegal invocation');
    const it = Object.create(FormDataIteratorProto);
    Object.defineProperty(it, '_st', { value: { fd, kind, i: 0 } });
    return it;
  }
  function encodeMultipart(fd) {
    const boundary = '----CometFormBoundary' + native.randomHex(8);
    const chunks = [];
    const esc = (s) => s.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    for (let i = 0; i < fd._list.length; i += 2) {
      const k = fd._list[i], v = fd._list[i + 1];
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

