module github.com/lumen/auth-gateway

go 1.22
