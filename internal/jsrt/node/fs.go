package node

// The Go half of the `fs` and `os` modules endpoint code imports (their JS
// half is in internal/bundle/node.go). fs is read-only and confined to the
// project: paths are relative to the project root, as in Node run from the
// root, and are opened through os.Root, so no "..", absolute path or
// symlink reaches outside it. Errors carry Node's codes (ENOENT, EACCES,
// ENOTDIR, EISDIR) so that `err.code === 'ENOENT'` checks work.

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"

	"github.com/dop251/goja"
)

// nodeFS reads files under root for JS.
type nodeFS struct {
	vm   *goja.Runtime
	root string
}

// rel turns a JS path into a path relative to the root, or a Node error.
func (f *nodeFS) rel(p, syscallName string) string {
	if strings.ContainsRune(p, 0) {
		panic(f.nodeError("ERR_INVALID_ARG_VALUE", 0, "", p, "The argument 'path' must be a string without null bytes"))
	}
	full := p
	if !filepath.IsAbs(full) {
		full = filepath.Join(f.root, full)
	}
	rel, err := filepath.Rel(f.root, filepath.Clean(full))
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		panic(f.nodeError("EACCES", -13, syscallName, p, "EACCES: permission denied (outside the project), "+syscallName+" '"+p+"'"))
	}
	return rel
}

func (f *nodeFS) open() *os.Root {
	r, err := os.OpenRoot(f.root)
	if err != nil {
		panic(f.vm.NewGoError(err))
	}
	return r
}

// fail turns a Go file error into Node's error for syscallName and p.
func (f *nodeFS) fail(err error, syscallName, p string) {
	code, errno, text := "EIO", -5, "i/o error"
	var errnoErr syscall.Errno
	switch {
	case errors.Is(err, fs.ErrNotExist):
		code, errno, text = "ENOENT", -2, "no such file or directory"
	case errors.As(err, &errnoErr) && errnoErr == syscall.ENOTDIR:
		code, errno, text = "ENOTDIR", -20, "not a directory"
	case errors.As(err, &errnoErr) && errnoErr == syscall.EISDIR:
		code, errno, text = "EISDIR", -21, "illegal operation on a directory"
	case errors.Is(err, fs.ErrPermission), strings.Contains(err.Error(), "escapes from parent"), strings.Contains(err.Error(), "path escapes"):
		code, errno, text = "EACCES", -13, "permission denied"
	}
	if syscallName == "read" && code == "EISDIR" {
		panic(f.nodeError(code, errno, syscallName, "", code+": "+text+", read"))
	}
	panic(f.nodeError(code, errno, syscallName, p, code+": "+text+", "+syscallName+" '"+p+"'"))
}

func (f *nodeFS) nodeError(code string, errno int, syscallName, p, msg string) *goja.Object {
	e := f.vm.NewGoError(errors.New(msg))
	e.Set("code", code)
	if errno != 0 {
		e.Set("errno", errno)
	}
	if syscallName != "" {
		e.Set("syscall", syscallName)
	}
	if p != "" {
		e.Set("path", p)
	}
	return e
}

func (f *nodeFS) readFile(p string) goja.Value {
	rel := f.rel(p, "open")
	r := f.open()
	defer r.Close()
	st, err := r.Stat(rel)
	if err != nil {
		f.fail(err, "open", p)
	}
	if st.IsDir() {
		f.fail(syscall.EISDIR, "read", p)
	}
	file, err := r.Open(rel)
	if err != nil {
		f.fail(err, "open", p)
	}
	defer file.Close()
	b := make([]byte, 0, st.Size())
	buf := make([]byte, 32<<10)
	for {
		n, err := file.Read(buf)
		b = append(b, buf[:n]...)
		if err != nil {
			break
		}
	}
	return f.vm.ToValue(f.vm.NewArrayBuffer(b))
}

func (f *nodeFS) stat(p string, follow bool) goja.Value {
	rel := f.rel(p, "stat")
	r := f.open()
	defer r.Close()
	var st fs.FileInfo
	var err error
	if follow {
		st, err = r.Stat(rel)
	} else {
		st, err = r.Lstat(rel)
	}
	if err != nil {
		f.fail(err, map[bool]string{true: "stat", false: "lstat"}[follow], p)
	}
	o := f.vm.NewObject()
	o.Set("size", st.Size())
	o.Set("mode", uint32(st.Mode().Perm())|modeType(st.Mode()))
	o.Set("mtimeMs", float64(st.ModTime().UnixNano())/1e6)
	o.Set("isFile", st.Mode().IsRegular())
	o.Set("isDirectory", st.IsDir())
	o.Set("isSymbolicLink", st.Mode()&fs.ModeSymlink != 0)
	return o
}

// modeType is the S_IFMT bits of Node's stat.mode.
func modeType(m fs.FileMode) uint32 {
	switch {
	case m.IsDir():
		return 0o040000
	case m&fs.ModeSymlink != 0:
		return 0o120000
	case m.IsRegular():
		return 0o100000
	}
	return 0
}

func (f *nodeFS) readdir(p string) goja.Value {
	rel := f.rel(p, "scandir")
	r := f.open()
	defer r.Close()
	d, err := r.Open(rel)
	if err != nil {
		f.fail(err, "scandir", p)
	}
	defer d.Close()
	entries, err := d.ReadDir(-1)
	if err != nil {
		f.fail(err, "scandir", p)
	}
	out := make([]any, 0, len(entries))
	for _, e := range entries {
		kind := "file"
		switch {
		case e.IsDir():
			kind = "dir"
		case e.Type()&fs.ModeSymlink != 0:
			kind = "symlink"
		case !e.Type().IsRegular():
			kind = "other"
		}
		out = append(out, []any{e.Name(), kind})
	}
	return f.vm.ToValue(out)
}

// installNode installs __cometNode: the natives of fs, os, zlib, net and dns.
func installNode(vm *goja.Runtime, root string, sockets *netSockets) error {
	if root == "" {
		root = "."
	}
	abs, err := filepath.Abs(root)
	if err != nil {
		return err
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	f := &nodeFS{vm: vm, root: abs}
	n := vm.NewObject()
	n.Set("root", abs)
	n.Set("readFile", f.readFile)
	n.Set("stat", func(p string) goja.Value { return f.stat(p, true) })
	n.Set("lstat", func(p string) goja.Value { return f.stat(p, false) })
	n.Set("readdir", f.readdir)
	host, _ := os.Hostname()
	home, _ := os.UserHomeDir()
	n.Set("hostname", host)
	n.Set("homedir", home)
	n.Set("tmpdir", os.TempDir())
	n.Set("arch", map[string]string{"amd64": "x64", "386": "ia32", "arm64": "arm64", "arm": "arm"}[runtime.GOARCH])
	n.Set("cpus", runtime.NumCPU())
	n.Set("zlib", zlibNative(vm))
	n.Set("net", sockets.object())
	n.Set("dns", dnsNative(vm, sockets.loop))
	return vm.Set("__cometNode", n)
}
