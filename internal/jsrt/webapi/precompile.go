package webapi

import "github.com/comet-dev/comet/internal/jsrt/intl"

// Precompile starts compiling the Web platform's programs, Intl's
// included (each is compiled once per process), in goroutines of their
// own and returns at once. Enable compiles them one after another on the
// first runtime's loop, where on a small project they are about 40 % of a
// cold `comet build`'s CPU; started early, they run beside each other and
// beside the config and bundle steps. Errors are left for Enable, which
// waits for the same results.
func Precompile() {
	for _, compile := range []func(){
		func() { compilePrelude() },
		intl.Precompile,
		func() { compileCrypto() },
		func() { compileExtras() },
		func() { compileJSONDepth() },
	} {
		go compile()
	}
}
