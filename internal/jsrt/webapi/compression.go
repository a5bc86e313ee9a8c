package webapi

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"

	"github.com/dop251/goja"
)

// CompressionStream and DecompressionStream (compression.js) are
// TransformStreams over Go's compress packages: "gzip" (RFC 1952),
// "deflate" (zlib, RFC 1950) and "deflate-raw" (RFC 1951). Compression
// streams: each chunk is written to the compressor and what it has emitted
// so far is enqueued. Decompression collects the input and inflates it
// when the writable side closes (Go's decompressors pull from a reader
// and cannot be resumed after running dry), checking for a truncated
// stream and for data after its end, which the standard makes TypeErrors.

// compressor is one stream's state.
type compressor struct {
	format string
	out    bytes.Buffer
	w      io.WriteCloser // compression
	in     bytes.Buffer   // decompression: the input so far
	decomp bool
}

func newCompressor(format string, decompress bool) (*compressor, error) {
	c := &compressor{format: format, decomp: decompress}
	if decompress {
		switch format {
		case "gzip", "deflate", "deflate-raw":
			return c, nil
		}
		return nil, errors.New("unsupported format")
	}
	switch format {
	case "gzip":
		c.w = gzip.NewWriter(&c.out)
	case "deflate":
		c.w = zlib.NewWriter(&c.out)
	case "deflate-raw":
		w, _ := flate.NewWriter(&c.out, flate.DefaultCompression)
		c.w = w
	default:
		return nil, errors.New("unsupported format")
	}
	return c, nil
}

// push takes one chunk and returns the output ready so far.
func (c *compressor) push(b []byte) ([]byte, error) {
	if c.decomp {
		c.in.Write(b)
		return nil, nil
	}
	if _, err := c.w.Write(b); err != nil {
		return nil, err
	}
	return c.take(), nil
}

// finish ends the stream and returns the rest of the output.
func (c *compressor) finish() ([]byte, error) {
	if !c.decomp {
		if err := c.w.Close(); err != nil {
			return nil, err
		}
		return c.take(), nil
	}
	src := bytes.NewReader(c.in.Bytes())
	var r io.Reader
	switch c.format {
	case "gzip":
		z, err := gzip.NewReader(src)
		if err != nil {
			return nil, fmt.Errorf("the gzip data is invalid: %w", err)
		}
		z.Multistream(false)
		r = z
	case "deflate":
		z, err := zlib.NewReader(src)
		if err != nil {
			return nil, fmt.Errorf("the deflate data is invalid: %w", err)
		}
		r = z
	default:
		r = flate.NewReader(src)
	}
	if _, err := io.Copy(&c.out, r); err != nil {
		if err == io.ErrUnexpectedEOF {
			return nil, errors.New("the compressed data ends early")
		}
		return nil, fmt.Errorf("the %s data is invalid: %w", c.format, err)
	}
	if src.Len() > 0 {
		return nil, errors.New("junk found after the end of the compressed data")
	}
	return c.take(), nil
}

func (c *compressor) take() []byte {
	b := append([]byte(nil), c.out.Bytes()...)
	c.out.Reset()
	return b
}

// compressionNatives adds native.compressor(format, decompress): null for
// an unknown format, else [push(buffer, offset, length), finish()], both
// returning an ArrayBuffer and throwing a TypeError on bad data.
func compressionNatives(vm *goja.Runtime, n *goja.Object) {
	n.Set("compressor", func(format string, decompress bool) goja.Value {
		c, err := newCompressor(format, decompress)
		if err != nil {
			return goja.Null()
		}
		result := func(b []byte, err error) goja.Value {
			if err != nil {
				panic(vm.NewTypeError(err.Error()))
			}
			return vm.ToValue(vm.NewArrayBuffer(b))
		}
		push := func(buf goja.Value, off, length int64) goja.Value {
			return result(c.push(arrayBufferView(vm, buf, off, length)))
		}
		finish := func() goja.Value { return result(c.finish()) }
		return vm.NewArray(push, finish)
	})
}
