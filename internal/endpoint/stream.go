package endpoint

import (
	"context"
	"errors"
	"io"
	"sync"

	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/comet-dev/comet/internal/jsrt/webapi"
	"github.com/dop251/goja"
)

// This file is the Go face of a call for the server: a streamed body it
// reads chunk by chunk, the props it passes through untouched, and the
// client's cancellation that aborts request.signal. None of them shows the
// server a JS value, so package server needs neither goja nor webapi.

// Props are a getStaticPaths entry's props, carried from StaticPaths to a
// Request untouched. They are JS values, valid only on the runtime that ran
// getStaticPaths; the zero Props is undefined.
type Props struct{ v goja.Value }

// value returns the props as a JS value (undefined for the zero Props).
func (p Props) value() goja.Value {
	if p.v == nil {
		return goja.Undefined()
	}
	return p.v
}

// Stream is a ReadableStream body still to be read: Next reads one chunk
// on the runtime's loop, so the reader asks for the next chunk only after
// it wrote the last one (backpressure), and Cancel tells the stream nobody
// will read the rest (reader.cancel(), as Astro's node adapter does when
// the client leaves). A Stream is used by one goroutine.
type Stream struct {
	rt     *jsrt.Runtime
	body   goja.Value   // the ReadableStream
	reader *goja.Object // its reader, once Next was called
}

// streamOf wraps a Response's ReadableStream body (nil for none); Call
// gives it its runtime.
func streamOf(body goja.Value) *Stream {
	if body == nil {
		return nil
	}
	return &Stream{body: body}
}

// errNotStream is a Response body that claims to be a stream but has no
// getReader.
var errNotStream = errors.New("endpoint: response body is not a ReadableStream")

// chunk is one read of a ReadableStream.
type chunk struct {
	data []byte
	done bool
}

// Next returns the stream's next chunk, or io.EOF after its end. If ctx
// ends first it returns ctx's error (the read goes on, unseen).
func (s *Stream) Next(ctx context.Context) ([]byte, error) {
	if s.reader == nil {
		err := s.rt.Exec(func(vm *goja.Runtime) error {
			get, ok := goja.AssertFunction(s.body.ToObject(vm).Get("getReader"))
			if !ok {
				return errNotStream
			}
			v, err := get(s.body)
			if err != nil {
				return err
			}
			s.reader = v.ToObject(vm)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	c, err := jsrt.Await(ctx, s.rt, func(vm *goja.Runtime) (goja.Value, error) {
		read, _ := goja.AssertFunction(s.reader.Get("read"))
		return read(s.reader)
	}, func(vm *goja.Runtime, v goja.Value) (chunk, error) {
		o := v.ToObject(vm)
		if o.Get("done").ToBoolean() {
			return chunk{done: true}, nil
		}
		b, err := webapi.BodyBytes(vm, o.Get("value"), "")
		return chunk{data: b}, err
	})
	if err != nil {
		return nil, err
	}
	if c.done {
		return nil, io.EOF
	}
	return c.data, nil
}

// Cancel cancels the stream (its reader, once Next was called) without
// waiting for it.
func (s *Stream) Cancel() {
	target := s.body
	if s.reader != nil {
		target = s.reader
	}
	s.rt.Post(func(vm *goja.Runtime) {
		if cancel, ok := goja.AssertFunction(target.ToObject(vm).Get("cancel")); ok {
			cancel(target)
		}
	})
}

// abortWatch aborts request.signal when the call's Abort context ends,
// until the answer is complete (end): a client that leaves after a normal
// end aborts nothing. The JS side registers (on the loop) when it builds
// the request, which may be after Call gave up waiting.
type abortWatch struct {
	mu    sync.Mutex
	stops []func() bool
	ended bool
}

// hook is Request.signal for one call on rt.
func (a *abortWatch) hook(ctx context.Context, rt *jsrt.Runtime) func(abort func()) {
	return func(abort func()) {
		stop := context.AfterFunc(ctx, func() { rt.Post(func(*goja.Runtime) { abort() }) })
		a.mu.Lock()
		defer a.mu.Unlock()
		if a.ended {
			stop()
			return
		}
		a.stops = append(a.stops, stop)
	}
}

// end stops watching.
func (a *abortWatch) end() {
	a.mu.Lock()
	a.ended = true
	stops := a.stops
	a.stops = nil
	a.mu.Unlock()
	for _, stop := range stops {
		stop()
	}
}

// End says the answer is complete (written, stream included): from now on
// the client leaving does not abort request.signal. Safe on a nil Result
// and more than once.
func (r *Result) End() {
	if r != nil && r.abort != nil {
		r.abort.end()
	}
}

// readStream reads a Stream to its end (static builds).
func readStream(ctx context.Context, s *Stream) ([]byte, error) {
	return jsrt.Await(ctx, s.rt, func(vm *goja.Runtime) (goja.Value, error) {
		ctor, _ := goja.AssertConstructor(vm.Get("Response"))
		resp, err := ctor(nil, s.body)
		if err != nil {
			return nil, err
		}
		ab, _ := goja.AssertFunction(resp.Get("arrayBuffer"))
		return ab(resp)
	}, func(vm *goja.Runtime, v goja.Value) ([]byte, error) {
		return webapi.BodyBytes(vm, v, "")
	})
}
