package main

import (
	"log"
	"net/http"

	"github.com/acme/ledger/internal/store"
)

func main() {
	s := store.New()
	http.HandleFunc("/balance", s.ServeBalance)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
