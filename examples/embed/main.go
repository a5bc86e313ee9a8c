// Command embed mounts the seed-server example under /api/ of a Go
// program's own mux, next to a handler of its own:
//
//	go run ./examples/embed
//	curl localhost:8080/api/helmet.json   (Comet; base '/api' is stripped)
//	curl localhost:8080/healthz           (plain Go)
package main

import (
	"log"
	"net/http"
	"os"

	"github.com/comet-dev/comet"
)

func main() {
	root := "examples/seed-server"
	if len(os.Args) > 1 {
		root = os.Args[1]
	}
	h, err := comet.NewHandler(root, comet.Options{Base: "/api", Log: os.Stderr})
	if err != nil {
		log.Fatal(err)
	}
	defer h.Close()

	mux := http.NewServeMux()
	mux.Handle("/api/", h)
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok\n")) })
	log.Println("listening on http://localhost:8080/ (try /api/helmet.json)")
	log.Fatal(http.ListenAndServe("localhost:8080", mux))
}
