package server

import (
	"io"
	"io/fs"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/comet-dev/comet/internal/media"
)

// serveFile answers from the client folder (preview) or public/ (dev) and
// reports whether it did. Files are opened through os.Root, so no path or
// symlink can reach outside that folder; dot files are refused except under
// /.well-known/, as @astrojs/node does.
func (h *Handler) serveFile(w http.ResponseWriter, r *http.Request, s *site, pathname string) bool {
	dir := h.opts.ClientDir
	if h.opts.Dev {
		dir = s.app.Config.PublicDir
	}
	if dir == "" {
		return false
	}
	if !strings.HasPrefix(pathname, "/") {
		pathname = "/" + pathname
	}
	rel := strings.TrimPrefix(path.Clean(pathname), "/")
	if rel == "" || strings.ContainsRune(rel, 0) {
		rel = "index.html"
	}
	for seg := range strings.SplitSeq(rel, "/") {
		if strings.HasPrefix(seg, ".") && seg != ".well-known" {
			return false
		}
	}
	bare := path.Ext(rel) == ""
	if h.clientFiles != nil && !h.clientFiles[rel] && (!bare || !h.clientFiles[rel+"/index.html"] && !h.clientFiles[rel+".html"]) {
		return false // preview: the build's files are known, and none is this path's (no allocation)
	}
	candidates := []string{rel}
	if bare {
		candidates = append(candidates, rel+"/index.html", rel+".html")
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return false
	}
	defer root.Close()
	for _, c := range candidates {
		if c == "404.html" || c == "500.html" {
			continue // error pages are answered with their status
		}
		f, err := root.Open(c)
		if err != nil {
			continue
		}
		st, err := f.Stat()
		if err != nil || st.IsDir() || !st.Mode().IsRegular() {
			f.Close()
			continue
		}
		h.writeFile(w, r, c, f, st)
		f.Close()
		return true
	}
	return false
}

// indexFiles lists the regular files under dir (slash paths), so preview
// answers requests for routes without touching the file system.
func indexFiles(dir string) map[string]bool {
	files := map[string]bool{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			if rel, err := filepath.Rel(dir, p); err == nil {
				files[filepath.ToSlash(rel)] = true
			}
		}
		return nil
	})
	return files
}

func (h *Handler) writeFile(w http.ResponseWriter, r *http.Request, rel string, f fs.File, st fs.FileInfo) {
	hdr := w.Header()
	meta, recorded := h.opts.Files[rel]
	if recorded && meta.ContentType != "" {
		hdr.Set("Content-Type", meta.ContentType)
		for _, kv := range meta.Header {
			switch kv[0] {
			case "content-type", "content-length", "content-encoding", "transfer-encoding", "set-cookie":
			default:
				hdr.Add(kv[0], kv[1])
			}
		}
	} else if t := media.ContentType(path.Ext(rel)); t != "" {
		hdr.Set("Content-Type", t)
	} else {
		hdr.Set("Content-Type", "application/octet-stream")
	}
	if strings.HasPrefix(rel, "_astro/") {
		hdr.Set("Cache-Control", "public, max-age=31536000, immutable")
	}
	if rs, ok := f.(io.ReadSeeker); ok && (r.Method == http.MethodGet || r.Method == http.MethodHead) {
		http.ServeContent(w, r, rel, st.ModTime(), rs)
		return
	}
	hdr.Set("Content-Length", strconv.FormatInt(st.Size(), 10))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		io.Copy(w, f)
	}
}
