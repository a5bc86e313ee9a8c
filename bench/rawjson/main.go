// Command rawjson is the ceiling of the SSR benchmarks (bench/run.sh,
// bench/server.sh): a plain net/http server answering the endpoints of the
// benchmark project with the same bytes and headers as the JavaScript
// endpoints, so the ratio to it shows what Comet's routing and JS cost.
//
//	GET  /api/hello.json          a fixed JSON body, Cache-Control: no-store
//	GET  /api/products/<id>.json  {"id":…,"name":"Product …","price":42}
//	POST /api/echo.json           {"received":<the JSON body>,"ok":true}
//	GET  /api/wait.json           {"waited":1,"ok":true} after a 1 ms sleep
//	GET  /api/<id>.json           bench/server.sh's endpoint
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"log"
	"net/http"
	"strings"
	"time"
)

var hello = []byte(`{"message":"Hello from an endpoint","items":[1,2,3],"ok":true}`)

func main() {
	addr := flag.String("addr", "127.0.0.1:4399", "listen address")
	flag.Parse()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/hello.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		w.Write(hello)
	})
	mux.HandleFunc("GET /api/products/", func(w http.ResponseWriter, r *http.Request) {
		id, ok := strings.CutSuffix(strings.TrimPrefix(r.URL.Path, "/api/products/"), ".json")
		if !ok || id == "" || strings.Contains(id, "/") {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write(product(id))
	})
	mux.HandleFunc("POST /api/echo.json", func(w http.ResponseWriter, r *http.Request) {
		// Parse the body as JSON as the endpoint does (JSON.parse then
		// JSON.stringify keeps key order; Compact validates and keeps it).
		in, err := io.ReadAll(r.Body)
		var body bytes.Buffer
		if err == nil {
			err = json.Compact(&body, in)
		}
		if err != nil {
			http.Error(w, "bad JSON", http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		out := make([]byte, 0, body.Len()+32)
		out = append(out, `{"received":`...)
		out = append(out, body.Bytes()...)
		out = append(out, `,"ok":true}`...)
		w.Write(out)
	})
	mux.HandleFunc("GET /api/wait.json", func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(time.Millisecond)
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"waited":1,"ok":true}`))
	})
	mux.HandleFunc("GET /api/", func(w http.ResponseWriter, r *http.Request) {
		id, ok := strings.CutSuffix(strings.TrimPrefix(r.URL.Path, "/api/"), ".json")
		if !ok || id == "" || strings.Contains(id, "/") {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"id":"` + id + `","name":"Product ` + id + `","price":42}`))
	})
	log.Fatal(http.ListenAndServe(*addr, mux))
}

// product is the body of /api/products/<id>.json, escaped as
// JSON.stringify escapes the string.
func product(id string) []byte {
	q, _ := json.Marshal(id)
	var b bytes.Buffer
	b.WriteString(`{"id":`)
	b.Write(q)
	b.WriteString(`,"name":`)
	n, _ := json.Marshal("Product " + id)
	b.Write(n)
	b.WriteString(`,"price":42}`)
	return b.Bytes()
}
