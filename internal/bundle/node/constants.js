// node:constants (deprecated in Node, still required by graceful-fs,
// fs-constants and tar packages): the fs and os constants in one object.
import { constants as fs } from 'node:fs';
import { constants as os } from 'node:os';
const all = { ...os.errno, ...os.signals, ...fs };
export default all;
