package jsrt_test

import (
	"testing"

	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/dop251/goja"
)

// TestShims: what Comet adds to goja on every runtime (annexb.js,
// buffer.js, weakref.js, process.js, arrayfind.go). Expected values are Node 20's.
func TestShims(t *testing.T) {
	rt, err := jsrt.New(jsrt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	for _, tc := range []struct{ name, js, want string }{
		{"__defineSetter__", `const o = {}; let got; o.__defineSetter__('x', (v) => { got = v; }); o.x = 5; [got, Object.keys(o).join(), typeof o.__lookupSetter__('x'), o.__lookupGetter__('x')].join()`, "5,x,function,"},
		{"__defineGetter__ on a prototype", `const p = {}; p.__defineGetter__('g', () => 7); const o = Object.create(p); [o.g, typeof o.__lookupGetter__('g')].join()`, "7,function"},
		{"captureStackTrace", `const o = { message: 'm', name: 'N' }; Error.captureStackTrace(o); o.stack.split('\n')[0]`, "N: m"},
		{"WeakRef", `const t = {}; const r = new WeakRef(t); [r.deref() === t, Object.prototype.toString.call(r), typeof new FinalizationRegistry(() => {}).register(t, 1)].join()`, "true,[object WeakRef],undefined"},
		{"Buffer ints", `const b = Buffer.alloc(8); b.writeInt32BE(-2, 0); b.writeUInt16LE(513, 4); b.writeUInt8(255, 6); [b.readInt32BE(0), b.readUInt32BE(0), b.readUInt16LE(4), b.readUint8(6), b.readInt8(6), b.toString('hex')].join()`, "-2,4294967294,513,255,-1,fffffffe0102ff00"},
		{"Buffer floats and bigints", `const b = Buffer.alloc(16); b.writeDoubleLE(1.5, 0); b.writeBigInt64BE(-3n, 8); [b.readDoubleLE(0), b.readBigInt64BE(8), b.readBigUInt64BE(8)].join()`, "1.5,-3,18446744073709551613"},
		{"Buffer variable width", `const b = Buffer.alloc(6); b.writeUIntBE(0x123456, 0, 3); b.writeIntLE(-2, 3, 3); [b.readUIntBE(0, 3), b.readIntLE(3, 3), b.toString('hex')].join()`, "1193046,-2,123456feffff"},
		{"Buffer copy", `const a = Buffer.from('hello'); const b = Buffer.alloc(7, 0x2e); [a.copy(b, 1, 1, 4), b.toString()].join()`, "3,.ell..."},
		{"Buffer write with encoding third", `const b = Buffer.alloc(4); [b.write('ab', 1, 'utf-8'), b.toString('hex')].join()`, "2,00616200"},
		{"Buffer out of range", `try { Buffer.alloc(2).readUInt32BE(0) } catch (e) { e.code + ' ' + e.name }`, "ERR_BUFFER_OUT_OF_BOUNDS RangeError"},
		{"Buffer offset out of range", `try { Buffer.alloc(8).readUInt32BE(6) } catch (e) { e.code + ': ' + e.message }`, `ERR_OUT_OF_RANGE: The value of "offset" is out of range. It must be >= 0 and <= 4. Received 6`},
		{"Buffer value out of range", `try { Buffer.alloc(1).writeUInt8(256) } catch (e) { e.code }`, "ERR_OUT_OF_RANGE"},
		{"toGMTString", `const d = new Date(Date.UTC(2024, 1, 29, 12)); [d.toGMTString(), Date.prototype.toGMTString === Date.prototype.toUTCString].join()`, "Thu, 29 Feb 2024 12:00:00 GMT,true"},
		{"Buffer called without new", `[Buffer('ab').toString('hex'), new Buffer('ff', 'hex')[0], Buffer(3).length, Buffer([1, 2]) instanceof Buffer, Buffer.isBuffer(new Buffer(2))].join()`, "6162,255,3,true,true"},
		{"Buffer statics enumerable", `Object.keys(Buffer).join()`, "poolSize,from,copyBytesFrom,of,alloc,allocUnsafe,allocUnsafeSlow,isBuffer,compare,isEncoding,concat,byteLength"},
		{"Buffer for-in copy (safer-buffer)", `const S = {}; for (const k in Buffer) S[k] = Buffer[k]; S.from('hi').toString()`, "hi"},
		{"Buffer identity", `const b = Buffer.from('x'); [b.constructor === Buffer, Object.getPrototypeOf(Buffer) === Uint8Array, Buffer.prototype === Object.getPrototypeOf(b), Buffer.name, Buffer.length, b.map((x) => x + 1) instanceof Buffer, Buffer.of(1, 2).toString('hex'), Buffer.copyBytesFrom(new Uint16Array([1, 2]), 1).toString('hex')].join()`, "true,true,true,Buffer,3,true,0102,0200"},
		{"find over holes", `[[, 1].find(Boolean), [, 1].find((x) => x === undefined), [, 1].findIndex((x) => x === undefined), [1, ,].findLast((x, i) => i === 1), [1, , 3].findLastIndex(Boolean), [].find(Boolean), Array.prototype.find.call({ length: 2, 1: 'b' }, (x, i, o) => i === 1 && o.length === 2)].join('|')`, "1||0||2||b"},
		{"find's errors and shape", `const r = []; try { [1].find(3) } catch (e) { r.push(e.name) } try { Array.prototype.findLast.call(null, Boolean) } catch (e) { r.push(e.name) } try { [1].find(() => { throw new Error('inner') }) } catch (e) { r.push(e.message) } r.push([].find.name, [].findIndex.length, Object.keys(Array.prototype).length, [5, 6].findIndex(function (x) { return this.v === x }, { v: 6 })); r.join()`, "TypeError,TypeError,inner,find,1,0,1"},
		{"process", `[typeof process.pid, process.umask(), typeof process.memoryUsage().heapUsed, process.on('exit', () => {}) === process, process.listenerCount('exit'), process.emit('nothing'), (() => { try { process.exit(1) } catch (e) { return e.code } })(), typeof process.cpuUsage().user, process.arch.length > 0].join()`, "number,18,number,true,1,false,ERR_COMET_UNSUPPORTED,number,true"},
		{"Buffer statics construct", `[new Buffer.allocUnsafeSlow(4).length, new Buffer.alloc(2, 1)[1], new Buffer.from('ab') instanceof Buffer, Buffer.alloc.length, Buffer.from.name, (() => { try { new Buffer.of(1); return 'constructed' } catch (e) { return e.name } })()].join()`, "4,1,true,3,from,TypeError"},
		{"process.binding loads", `typeof process.binding('tty_wrap') + ' ' + process.binding('tty_wrap').TTY`, "object undefined"},
		{"swap16", `Buffer.from([1, 2, 3, 4]).swap16().toString('hex')`, "02010403"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got string
			err := rt.Exec(func(vm *goja.Runtime) error {
				v, err := vm.RunString("{" + tc.js + "}")
				if err != nil {
					return err
				}
				got = v.String()
				return nil
			})
			if err != nil || got != tc.want {
				t.Errorf("%s\ngot  %q (%v)\nwant %q", tc.js, got, err, tc.want)
			}
		})
	}
}
