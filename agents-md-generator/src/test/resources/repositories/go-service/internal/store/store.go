package store

//go:generate protoc --go_out=../../gen --go_opt=paths=source_relative -I ../../proto ledger.proto

import (
	"fmt"
	"net/http"
	"sync"
)

// Store keeps balances in memory.
type Store struct {
	mu       sync.Mutex
	balances map[string]int64
}

func New() *Store { return &Store{balances: map[string]int64{}} }

func (s *Store) ServeBalance(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	fmt.Fprintf(w, "%d", s.balances[r.URL.Query().Get("account")])
}
