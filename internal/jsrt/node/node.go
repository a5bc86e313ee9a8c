// Package node is the runtime half of Comet's Node compatibility: the Go
// natives behind the node:* built-ins that endpoint code imports. The
// built-ins themselves are JavaScript modules that the bundle provides
// (internal/bundle/node/*.js, one file per built-in, resolved by
// internal/bundle/node.go); the ones that need Go read this package's
// natives through the __cometNode global that Install defines:
//
//	fs, os     fs.go    read-only files confined to the project root
//	zlib       zlib.go  whole-buffer compress/decompress
//	net, tls   net.go   TCP and TLS client sockets
//	dns        dns.go   Go's resolver
//
// and the global process (process.go, process.js): env, platform, version,
// cwd, nextTick, pid, memoryUsage, the EventEmitter methods…; and Node's binary accessors on Buffer (buffer.js: read/write of
// ints and floats, copy, swap…; the class is webapi's).
//
// The JS modules that need no Go (path, url, events, util, buffer, …) run
// on the Web platform of package webapi (node:crypto and node:util also
// reach its internals through __cometWeb; see internal/jsrt/globals.go).
package node

import (
	_ "embed"
	"sync"

	"github.com/dop251/goja"
)

// bufferMethods completes webapi's Buffer with Node's binary accessors.
//
//go:embed buffer.js
var bufferMethods string

// compileBuffer compiles buffer.js once per process (unnamed and sloppy, as
// vm.RunString would).
var compileBuffer = sync.OnceValues(func() (*goja.Program, error) {
	return goja.Compile("", bufferMethods, false)
})

// Loop is the event loop the runtime lives on: sockets and DNS lookups run
// in goroutines and hand their results back through RunOnLoop.
type Loop interface {
	RunOnLoop(func(*goja.Runtime)) bool
}

// Options for Install.
type Options struct {
	// Root is the project folder: fs reads only under it and it is
	// process.cwd(); "" = the working directory.
	Root string
	// Env becomes process.env.
	Env map[string]string
}

// State is one runtime's Node natives: the sockets it has open.
type State struct {
	sockets *netSockets
	root    string
}

// Install defines __cometNode in vm (the natives of fs and os, zlib, net,
// tls and dns) and the global process, and completes Buffer. Call it on the loop goroutine (or
// before the loop starts), after webapi.Enable (process.nextTick queues
// with queueMicrotask); Close the State when the runtime closes.
func Install(vm *goja.Runtime, loop Loop, opts Options) (*State, error) {
	s := &State{sockets: newNetSockets(vm, loop)}
	if err := installNode(vm, opts.Root, s.sockets); err != nil {
		return nil, err
	}
	s.root = vm.Get("__cometNode").ToObject(vm).Get("root").String()
	if err := installProcess(vm, s.root, opts.Env); err != nil {
		return nil, err
	}
	prog, err := compileBuffer()
	if err != nil {
		return nil, err
	}
	if _, err := vm.RunProgram(prog); err != nil {
		return nil, err
	}
	return s, nil
}

// Root is the project root as fs sees it: absolute, symlinks resolved.
func (s *State) Root() string { return s.root }

// Close closes every socket still open.
func (s *State) Close() {
	s.sockets.closeAll()
}
