package webapi

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"hash"
	"strings"

	"github.com/dop251/goja"
)

// digestNatives adds random bytes (crypto.getRandomValues, randomUUID,
// node:crypto's randomBytes), digests and HMACs (node:crypto's createHash
// and createHmac; Web Crypto has its own in crypto.go).
func digestNatives(vm *goja.Runtime, n *goja.Object) {
	ab := func(b []byte) goja.Value { return vm.ToValue(vm.NewArrayBuffer(b)) }
	n.Set("randomBytes", func(size int) goja.Value {
		b := make([]byte, size)
		rand.Read(b)
		return ab(b)
	})
	n.Set("randomHex", func(size int) string {
		b := make([]byte, size)
		rand.Read(b)
		return hex.EncodeToString(b)
	})
	n.Set("randomUUID", func() string {
		b := make([]byte, 16)
		rand.Read(b)
		b[6] = b[6]&0x0f | 0x40
		b[8] = b[8]&0x3f | 0x80
		h := hex.EncodeToString(b)
		return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
	})
	n.Set("digest", func(alg string, buf goja.Value, off, length int64) goja.Value {
		h, ok := newHash(alg)
		if !ok {
			panic(vm.NewTypeError("Digest method not supported: " + alg))
		}
		h.Write(arrayBufferView(vm, buf, off, length))
		return ab(h.Sum(nil))
	})
	n.Set("hmac", func(alg string, key goja.Value, koff, klen int64, buf goja.Value, off, length int64) goja.Value {
		if _, ok := newHash(alg); !ok {
			panic(vm.NewTypeError("Invalid digest: " + alg))
		}
		m := hmac.New(func() hash.Hash { h, _ := newHash(alg); return h }, arrayBufferView(vm, key, koff, klen))
		m.Write(arrayBufferView(vm, buf, off, length))
		return ab(m.Sum(nil))
	})
}

// newHash maps Node's and WebCrypto's algorithm names to Go's hashes.
func newHash(alg string) (hash.Hash, bool) {
	switch strings.ToLower(strings.ReplaceAll(alg, "-", "")) {
	case "md5":
		return md5.New(), true
	case "sha1":
		return sha1.New(), true
	case "sha256":
		return sha256.New(), true
	case "sha384":
		return sha512.New384(), true
	case "sha512":
		return sha512.New(), true
	}
	return nil, false
}
