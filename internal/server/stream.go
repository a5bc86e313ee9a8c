package server

import (
	"errors"
	"net/http"

	"github.com/comet-dev/comet/internal/endpoint"
	"github.com/comet-dev/comet/internal/jsrt"
	"github.com/comet-dev/comet/internal/jsrt/webapi"
	"github.com/dop251/goja"
)

// chunk is one read of a ReadableStream.
type chunk struct {
	data []byte
	done bool
}

// pump streams a ReadableStream body to the client: one reader.read() on
// the loop per chunk, written and flushed before the next is asked for, so
// a slow client slows the stream (backpressure) instead of filling memory.
// When the client goes away the stream is cancelled (reader.cancel()), as
// Astro's node adapter does.
func (h *Handler) pump(w http.ResponseWriter, r *http.Request, rt *jsrt.Runtime, res *endpoint.Result) {
	ctx := r.Context()
	var reader *goja.Object
	err := rt.Exec(func(vm *goja.Runtime) error {
		get, ok := goja.AssertFunction(res.Stream.ToObject(vm).Get("getReader"))
		if !ok {
			return errors.New("server: response body is not a ReadableStream")
		}
		v, err := get(res.Stream)
		if err != nil {
			return err
		}
		reader = v.ToObject(vm)
		return nil
	})
	if err != nil {
		h.opts.Log.Error("router", err.Error())
		return
	}
	flusher, _ := w.(http.Flusher)
	for {
		c, err := jsrt.Await(ctx, rt, func(vm *goja.Runtime) (goja.Value, error) {
			read, _ := goja.AssertFunction(reader.Get("read"))
			return read(reader)
		}, func(vm *goja.Runtime, v goja.Value) (chunk, error) {
			o := v.ToObject(vm)
			if o.Get("done").ToBoolean() {
				return chunk{done: true}, nil
			}
			b, err := webapi.BodyBytes(vm, o.Get("value"), "")
			return chunk{data: b}, err
		})
		if err != nil {
			if ctx.Err() == nil {
				h.opts.Log.Error("router", "streaming "+r.URL.Path+": "+err.Error())
			}
			h.cancelReader(rt, reader)
			return
		}
		if c.done {
			return
		}
		if _, err := w.Write(c.data); err != nil {
			h.cancelReader(rt, reader)
			return
		}
		if flusher != nil {
			flusher.Flush()
		}
		if ctx.Err() != nil {
			h.cancelReader(rt, reader)
			return
		}
	}
}

// cancelStream cancels a body that will not be read (HEAD).
func (h *Handler) cancelStream(rt *jsrt.Runtime, res *endpoint.Result) {
	rt.Post(func(vm *goja.Runtime) {
		if cancel, ok := goja.AssertFunction(res.Stream.ToObject(vm).Get("cancel")); ok {
			cancel(res.Stream)
		}
	})
}

func (h *Handler) cancelReader(rt *jsrt.Runtime, reader *goja.Object) {
	rt.Post(func(vm *goja.Runtime) {
		if cancel, ok := goja.AssertFunction(reader.Get("cancel")); ok {
			cancel(reader)
		}
	})
}
