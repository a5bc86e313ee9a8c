import { resolve } from 'node:path';
const natives = globalThis.__cometNode;
// N calls the Go natives (internal/jsrt/node/fs.go) and turns the errors
// they throw into plain Errors with Node's code, errno, syscall and path.
const N = {};
for (const name of ['readFile', 'readdir', 'stat', 'lstat']) {
  N[name] = (p, syscall) => {
    try { return natives[name](p); } catch (e) {
      if (!e || typeof e !== 'object' || e.code === undefined) throw e;
      let msg = String(e.message);
      if (syscall && e.syscall) msg = msg.replace(', ' + e.syscall + ' ', ', ' + syscall + ' ');
      const err = new Error(msg);
      for (const k of ['errno', 'code', 'syscall', 'path']) if (e[k] !== undefined) err[k] = e[k];
      if (syscall && e.syscall) err.syscall = syscall;
      throw err;
    }
  };
}
N.root = natives.root;
function toPath(p) {
  if (p instanceof URL) { if (p.protocol !== 'file:') throw new TypeError('The URL must be of scheme file'); return decodeURIComponent(p.pathname); }
  if (p instanceof Uint8Array) return new TextDecoder().decode(p);
  if (typeof p !== 'string') { const e = new TypeError('The "path" argument must be of type string or an instance of Buffer or URL. Received ' + (p === null ? 'null' : typeof p)); e.code = 'ERR_INVALID_ARG_TYPE'; throw e; }
  return p;
}
function encodingOf(o) { return typeof o === 'string' ? o : o && o.encoding; }
class Stats {
  constructor(s) { this.size = s.size; this.mode = s.mode; this.mtimeMs = s.mtimeMs; this.mtime = new Date(s.mtimeMs); this.atime = this.mtime; this.ctime = this.mtime; this.birthtime = this.mtime; this.atimeMs = this.ctimeMs = this.birthtimeMs = s.mtimeMs; this._f = s.isFile; this._d = s.isDirectory; this._l = s.isSymbolicLink; }
  isFile() { return this._f; } isDirectory() { return this._d; } isSymbolicLink() { return this._l; }
  isFIFO() { return false; } isSocket() { return false; } isBlockDevice() { return false; } isCharacterDevice() { return false; }
}
class Dirent {
  constructor(name, kind, parentPath) { this.name = name; this._k = kind; this.parentPath = this.path = parentPath; }
  isFile() { return this._k === 'file'; } isDirectory() { return this._k === 'dir'; } isSymbolicLink() { return this._k === 'symlink'; }
  isFIFO() { return false; } isSocket() { return false; } isBlockDevice() { return false; } isCharacterDevice() { return false; }
}
export function readFileSync(p, opts) {
  if (typeof p === 'number') throw new Error('fs: file descriptors are not supported by Comet');
  const b = Buffer.from(N.readFile(toPath(p)));
  const enc = encodingOf(opts);
  return enc ? b.toString(enc) : b;
}
export function readdirSync(p, opts) {
  const path = toPath(p);
  const list = N.readdir(path);
  if (opts && opts.withFileTypes) return list.map(([n, k]) => new Dirent(n, k, path));
  return list.map(([n]) => n);
}
export function statSync(p, opts) {
  try { return new Stats(N.stat(toPath(p))); } catch (e) { if (opts && opts.throwIfNoEntry === false && e.code === 'ENOENT') return undefined; throw e; }
}
export function lstatSync(p) { return new Stats(N.lstat(toPath(p))); }
export function existsSync(p) { try { const path = toPath(p); if (path === '') return false; N.stat(path); return true; } catch { return false; } }
export function accessSync(p, mode) { N.stat(toPath(p), 'access'); if (mode & 2) readOnly('accessSync(W_OK)'); }
export function realpathSync(p) { const path = toPath(p); N.stat(path); return resolve(N.root, path); }
function readOnly(name) { const e = new Error('fs.' + name + ' is not supported by Comet: endpoints read files, they do not write them (write to a database or an API instead)'); e.code = 'ERR_COMET_READ_ONLY'; throw e; }
function noDescriptors(name) { const e = new Error('fs.' + name + ' is not supported by Comet: file descriptors and watchers are not available to endpoints (use readFile)'); e.code = 'ERR_COMET_UNSUPPORTED'; throw e; }
// The parts of fs that write, or need descriptors or watchers: each throws
// (or rejects, or calls back with) an error naming itself.
const WRITES = ['writeFile', 'appendFile', 'mkdir', 'mkdtemp', 'rm', 'rmdir', 'unlink', 'rename', 'copyFile', 'cp', 'symlink', 'link', 'chmod', 'chown', 'lchown', 'truncate', 'utimes', 'lutimes'];
const DESCRIPTORS = ['open', 'opendir', 'close', 'read', 'write', 'fstat', 'fsync', 'ftruncate', 'watch', 'watchFile', 'unwatchFile'];
function later(fn) {
  return (...args) => new Promise((resolve, reject) => { try { resolve(fn(...args)); } catch (e) { reject(e); } });
}
function callback(fn) {
  return (...args) => {
    const cb = args.pop();
    if (typeof cb !== 'function') { const e = new TypeError('The "cb" argument must be of type function. Received ' + typeof cb); e.code = 'ERR_INVALID_ARG_TYPE'; throw e; }
    let r, err = null;
    try { r = fn(...args); } catch (e) { err = e; }
    queueMicrotask(() => (err ? cb(err) : cb(null, r)));
  };
}
const unsupported = {};
for (const name of WRITES) {
  unsupported[name + 'Sync'] = () => readOnly(name + 'Sync');
  unsupported[name] = callback(() => readOnly(name));
  unsupported['promises.' + name] = later(() => readOnly('promises.' + name));
}
for (const name of DESCRIPTORS) {
  unsupported[name + 'Sync'] = () => noDescriptors(name + 'Sync');
  unsupported[name] = () => noDescriptors(name);
  unsupported['promises.' + name] = later(() => noDescriptors('promises.' + name));
}
unsupported.createWriteStream = () => readOnly('createWriteStream');
export const { writeFileSync, appendFileSync, mkdirSync, mkdtempSync, rmSync, rmdirSync, unlinkSync, renameSync, copyFileSync, cpSync, symlinkSync, linkSync,
  chmodSync, chownSync, truncateSync, utimesSync, openSync, opendirSync, closeSync, readSync, writeSync, fstatSync,
  writeFile, appendFile, mkdir, rm, rmdir, unlink, rename, copyFile, cp, symlink, chmod, truncate, open, opendir, close, watch, watchFile, unwatchFile, createWriteStream } = unsupported;
export const promises = {
  readFile: later(readFileSync), readdir: later(readdirSync), stat: later(statSync), lstat: later(lstatSync),
  access: later(accessSync), realpath: later(realpathSync),
};
for (const name of WRITES.concat(['open', 'opendir'])) promises[name] = unsupported['promises.' + name];
export const readFile = callback(readFileSync), readdir = callback(readdirSync), stat = callback(statSync), lstat = callback(lstatSync),
  access = callback(accessSync), realpath = callback(realpathSync);
export function exists(p, cb) { queueMicrotask(() => cb(existsSync(p))); }
export function createReadStream(p) {
  const b = readFileSync(p);
  return new ReadableStream({ start(c) { c.enqueue(b); c.close(); } });
}
// Linux's values, as Node on Linux has them.
export const constants = {UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7, EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1, S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576, S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152, O_CREAT: 64, O_EXCL: 128, UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384, O_NONBLOCK: 2048, S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1, F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4};
export { Stats, Dirent };
const fs = { readFileSync, readdirSync, statSync, lstatSync, existsSync, accessSync, realpathSync, createReadStream, promises, readFile, readdir, stat, lstat, access, realpath, exists, constants, Stats, Dirent };
for (const k of Object.keys(unsupported)) if (!k.startsWith('promises.')) fs[k] = unsupported[k];
export default fs;
