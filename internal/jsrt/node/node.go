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
// The JS modules that need no Go (path, url, events, util, buffer, …) run
// on the Web platform of package webapi (node:crypto and node:util also
// reach its internals through __cometWeb; see internal/jsrt/globals.go).
package node

import (
	"github.com/dop251/goja"
	"github.com/dop251/goja_nodejs/eventloop"
)

// State is one runtime's Node natives: the sockets it has open.
type State struct {
	sockets *netSockets
}

// Install defines __cometNode in vm: the natives of fs and os (confined to
// root, "" = the working directory), zlib, net, tls and dns. Call it on the
// loop goroutine (or before the loop starts); Close the State when the
// runtime closes.
func Install(vm *goja.Runtime, loop *eventloop.EventLoop, root string) (*State, error) {
	s := &State{sockets: newNetSockets(vm, loop)}
	if err := installNode(vm, root, s.sockets); err != nil {
		return nil, err
	}
	return s, nil
}

// Close closes every socket still open.
func (s *State) Close() {
	s.sockets.closeAll()
}
