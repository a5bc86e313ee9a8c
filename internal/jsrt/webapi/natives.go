package webapi

import "github.com/dop251/goja"

// natives is the object the prelude (and crypto.js, compression.js)
// receives: what JS cannot do, or not fast. Each concern adds its own, in
// the file named for it.
func (s *state) natives() *goja.Object {
	vm := s.vm
	n := vm.NewObject()
	encodingNatives(vm, n)    // encoding.go: Buffer's encodings
	textDecoderNatives(vm, n) // textdecoder.go: TextDecoder's legacy encodings
	dataURLNatives(vm, n)     // dataurl.go: fetch of data: URLs
	compressionNatives(vm, n) // compression.go: CompressionStream, node:zlib's sync calls
	digestNatives(vm, n)      // digest.go: random bytes, hashes, HMAC
	urlNatives(vm, n)         // url.go: URL parsing and setters
	s.formNatives(n)          // forms.go: urlencoded and multipart bodies
	s.regexpNatives(n)        // regexp.go, regexpv.go, indices.go: \p{…}, the v and d flags
	s.inspectNatives(n)       // inspect.go: util.inspect's internals, console
	headerNatives(vm, n)      // headers.go: Headers from a plain object
	s.fetchNatives(n)         // fetch.go: HTTP
	return n
}
