package node

// The Go half of the `zlib` module (its JS half is
// internal/bundle/node/zlib.js): one call compresses or decompresses a
// whole buffer with Go's compress/* and github.com/andybalholm/brotli.
// Streams collect their input and convert it at the end, so the output is
// the same bytes, delivered at once. Go's deflate is not zlib's: the
// compressed bytes differ from Node's (both sides read each other's).

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"io"

	"github.com/andybalholm/brotli"
	"github.com/dop251/goja"
)

// zlibNative runs op ("gzip", "gunzip", "deflate", "inflate", "deflateRaw",
// "inflateRaw", "unzip", "brotliCompress", "brotliDecompress") on data at
// level (-1 = default). It returns [result ArrayBuffer] or [null, code,
// errno, message] with Node's code for the failure.
func zlibNative(vm *goja.Runtime) func(op string, data goja.ArrayBuffer, level int) goja.Value {
	return func(op string, data goja.ArrayBuffer, level int) goja.Value {
		out, err := zlibRun(op, data.Bytes(), level)
		if err != nil {
			code, errno, msg := "Z_DATA_ERROR", -3, err.Error()
			var corrupt flate.CorruptInputError
			switch {
			case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
				code, errno, msg = "Z_BUF_ERROR", -5, "unexpected end of file"
			case errors.Is(err, gzip.ErrHeader) || errors.Is(err, zlib.ErrHeader):
				msg = "incorrect header check"
			case errors.Is(err, gzip.ErrChecksum) || errors.Is(err, zlib.ErrChecksum):
				msg = "incorrect data check"
			case errors.As(err, &corrupt):
				msg = "invalid block type"
			case op == "brotliDecompress":
				code, errno, msg = "ERR__ERROR_FORMAT_PADDING_1", -1, "Decompression failed"
			}
			return vm.ToValue([]any{nil, code, errno, msg})
		}
		return vm.ToValue([]any{vm.NewArrayBuffer(out)})
	}
}

func zlibRun(op string, in []byte, level int) ([]byte, error) {
	var buf bytes.Buffer
	compress := func(w io.WriteCloser, err error) ([]byte, error) {
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(in); err != nil {
			return nil, err
		}
		if err := w.Close(); err != nil {
			return nil, err
		}
		return buf.Bytes(), nil
	}
	if level < -1 || level > 9 {
		level = -1
	}
	switch op {
	case "gzip":
		w, err := gzip.NewWriterLevel(&buf, level)
		if err == nil {
			w.OS = 3 // unix, as zlib writes it
		}
		return compress(w, err)
	case "deflate":
		return compress(zlib.NewWriterLevel(&buf, level))
	case "deflateRaw":
		return compress(flate.NewWriter(&buf, level))
	case "brotliCompress":
		q := level
		if q < 0 || q > 11 {
			q = 11
		}
		return compress(brotli.NewWriterLevel(&buf, q), nil)
	case "gunzip":
		if (len(in) > 0 && in[0] != 0x1f) || (len(in) > 1 && in[1] != 0x8b) {
			return nil, gzip.ErrHeader // zlib checks the magic before reading on
		}
		r, err := gzip.NewReader(bytes.NewReader(in))
		if err != nil {
			return nil, err
		}
		return io.ReadAll(r)
	case "inflate":
		r, err := zlib.NewReader(bytes.NewReader(in))
		if err != nil {
			return nil, err
		}
		return io.ReadAll(r)
	case "inflateRaw":
		return io.ReadAll(flate.NewReader(bytes.NewReader(in)))
	case "unzip":
		if len(in) >= 2 && in[0] == 0x1f && in[1] == 0x8b {
			return zlibRun("gunzip", in, level)
		}
		return zlibRun("inflate", in, level)
	case "brotliDecompress":
		return io.ReadAll(brotli.NewReader(bytes.NewReader(in)))
	}
	return nil, errors.New("zlib: unknown operation " + op)
}
