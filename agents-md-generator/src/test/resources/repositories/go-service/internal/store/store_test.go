package store

import "testing"

func TestNewStoreIsEmpty(t *testing.T) {
	if len(New().balances) != 0 {
		t.Fatal("expected no balances")
	}
}
