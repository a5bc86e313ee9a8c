export const { Buffer, Blob, File, atob, btoa } = globalThis;
export const kMaxLength = 2 ** 32, kStringMaxLength = 2 ** 29 - 24;
export const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };
export function isUtf8(b) { try { new TextDecoder('utf-8', { fatal: true }).decode(b); return true; } catch { return false; } }
export function isAscii(b) { const u8 = new Uint8Array(b.buffer || b, b.byteOffset || 0, b.byteLength); return u8.every((c) => c < 128); }
export default { Buffer, Blob, File, atob, btoa, kMaxLength, kStringMaxLength, constants, isUtf8, isAscii };
