package com.acme.ledger

fun main() {
    val ledger = Ledger()
    ledger.post("cash", 100)
    println(ledger.balance("cash"))
}
