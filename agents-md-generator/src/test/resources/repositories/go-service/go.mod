module github.com/acme/ledger

go 1.22

require github.com/acme/money v1.3.0
