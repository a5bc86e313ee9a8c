export class StringDecoder {
  constructor(enc = 'utf8') { this.encoding = String(enc).toLowerCase().replace('-', ''); this._d = new TextDecoder(this.encoding === 'utf16le' || this.encoding === 'ucs2' ? 'utf-16le' : this.encoding === 'latin1' || this.encoding === 'binary' ? 'latin1' : 'utf-8'); }
  write(b) { return this._d.decode(b, { stream: true }); }
  end(b) { return (b ? this._d.decode(b, { stream: true }) : '') + this._d.decode(); }
}
export default { StringDecoder };
