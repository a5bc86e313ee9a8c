package webapi_test

import (
	"testing"

	"github.com/comet-dev/comet/internal/jsrt/webapi"
)

// TestPackageShims: what jsonwebtoken (safe-buffer, ecdsa-sig-formatter)
// and @hapi/iron (@hapi/boom) need beyond the Web platform: Buffer's
// allocUnsafeSlow and copy, and V8's Error.captureStackTrace.
func TestPackageShims(t *testing.T) {
	runCases(t, newEnv(t, webapi.Options{}), "", []jsCase{
		{"allocUnsafeSlow", `return Buffer.allocUnsafeSlow(3).length + ' ' + Buffer.isBuffer(Buffer.allocUnsafeSlow(1))`, "3 true"},
		{"copy", `const a = Buffer.from('abcdef'), b = Buffer.alloc(4, 0x2e); const n = a.copy(b, 1, 2); return n + ' ' + b.toString()`, "3 .cde"},
		{"copy bounded by source end", `const b = Buffer.alloc(5, 0x2e); return Buffer.from('xyz').copy(b, 0, 1, 2) + ' ' + b.toString()`, "1 y...."},
		{"captureStackTrace", `function Boom(m) { this.message = m; this.name = 'Boom'; Error.captureStackTrace(this, Boom); } const e = new Boom('bad'); return e.stack.split('\n')[0] + ' ' + (typeof Error.captureStackTrace)`, "Boom: bad function"},
		{"captureStackTrace needs an object", `try { Error.captureStackTrace(1); return 'no' } catch (e) { return e.name }`, "TypeError"},
	})
}
