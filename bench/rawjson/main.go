// Command rawjson is the baseline of bench/server.sh: a plain net/http
// server answering GET /api/<id>.json with the same bytes and headers as
// the Comet endpoint under test, so the ratio shows what Comet's JS costs.
package main

import (
	"flag"
	"log"
	"net/http"
	"strings"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:4399", "listen address")
	flag.Parse()
	http.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		id := strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/api/"), ".json")
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"id":"` + id + `","name":"Product ` + id + `","price":42}`))
	})
	log.Fatal(http.ListenAndServe(*addr, nil))
}
